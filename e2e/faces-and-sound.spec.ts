import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { facePath } from '../src/core/faces';
import { MOODS } from '../src/core/moods';
import { HOTEL, openScenarioByMouse } from './helpers';

const customers = readdirSync('stories')
  .filter((f) => f.endsWith('.ink'))
  .map(
    (f) =>
      /^#\s*customer:\s*(.+)$/m.exec(readFileSync(path.join('stories', f), 'utf8'))?.[1]?.trim() ??
      '',
  );

test("every story's customer has a face per mood, and the encounter draws it", async ({
  page,
  request,
}) => {
  for (const customer of customers) {
    const images = await Promise.all(
      MOODS.map(async (mood) => {
        const response = await request.get(facePath(customer, mood));
        expect(response.ok(), `${customer} ${mood}`).toBe(true);
        return response.text();
      }),
    );
    expect(new Set(images).size, customer).toBe(MOODS.length);
  }
  const face = page.waitForRequest(/faces\/helen-marsh\/worried\.svg$/);
  await openScenarioByMouse(page, HOTEL);
  await face;
  await expect(
    page.getByRole('img', { name: 'Helen Marsh looks worried, on the phone' }),
  ).toBeVisible();
});

test('muting in the settings mutes howler', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: 'Mute all sound' }).check();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: HOTEL }).click();
  await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { Howler?: { _muted: boolean } }).Howler?._muted),
    )
    .toBe(true);
});
