import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

// Some LMSs and offline players open a package's index.html straight from disk. Chromium runs no
// module scripts from file://, so the game cannot start there: the page must say so and what to
// do, not show "Loading…" for ever. (The package's index.html is the web build's.)
test('opened from a file, the page says the game cannot start there and what to do instead', async ({
  page,
}) => {
  const built = path.resolve(process.env.E2E_OUT ?? 'dist', 'index.html');
  const launch = new URLSearchParams({
    endpoint: 'http://127.0.0.1:1/xapi/',
    actor: JSON.stringify({ name: 'Ann Lee', mbox: 'mailto:ann@example.com' }),
  });
  await page.goto(`${pathToFileURL(built).href}?${launch}`);
  await expect(
    page.getByRole('heading', { name: 'Serving Moments cannot start from a file' }),
  ).toBeVisible();
  await expect(page.getByText(/Open the course from your learning system \(LMS\)/)).toBeVisible();
  await expect(page.getByText('Loading Serving Moments…')).toHaveCount(0);
});
