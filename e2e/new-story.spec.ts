import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ViteDevServer } from 'vite';
import { PROJECT } from '../test/helpers/temp-project';
import { choicesGroup, playByMouse } from './helpers';
import { storyDevServer } from './story-dev-server';

const FIXTURES = path.join(PROJECT, 'test', 'fixtures');

let server: ViteDevServer;
let stories: string;
let url: string;

test.beforeAll(async () => {
  ({ server, stories, url } = await storyDevServer());
});

test.afterAll(async () => {
  await server?.close();
});

test('a trainer drops a new story into stories/ and it appears and plays in the dev server', async ({
  page,
}) => {
  await page.goto(`${url}#/menu`);
  await expect(page.getByRole('button', { name: /The small front desk/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Questions at the counter/ })).toHaveCount(0);

  // A hub the learner may loop through: its ranges are approximate, so it ships only by opting in.
  const loop = readFileSync(path.join(FIXTURES, 'loop.ink'), 'utf8');
  writeFileSync(
    path.join(stories, 'counter.ink'),
    loop.replace('# minutes: 1\n', '# minutes: 1\n# scoring: approximate\n'),
  );
  await page.reload();
  const added = page.getByRole('button', { name: /Questions at the counter/ });
  await expect(added).toBeVisible();
  await expect(added).toContainText('You are: Counter assistant');
  await added.click();
  await expect(choicesGroup(page)).toBeVisible();
  await playByMouse(page, () => 1);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await expect(page.getByText('Ending reached:')).toContainText('Fixed');
});

test('a broken story shows its error in the menu while the others still play', async ({ page }) => {
  writeFileSync(
    path.join(stories, 'broken.ink'),
    readFileSync(path.join(FIXTURES, 'unknown-quality.ink'), 'utf8'),
  );
  await page.goto(`${url}#/menu`);
  await expect(page.getByText('broken.ink cannot be played yet')).toBeVisible();
  await expect(
    page.getByText("stories/broken.ink:9: error: unknown quality 'listning'"),
  ).toBeVisible();
  await page.getByRole('button', { name: /The small front desk/ }).click();
  await expect(choicesGroup(page)).toBeVisible();
});

test('an edited story reloads in the open page', async ({ page }) => {
  await page.goto(`${url}#/menu`);
  await expect(page.getByRole('button', { name: /The small front desk/ })).toBeVisible();
  const file = path.join(stories, 'small-desk.ink');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('The small front desk', 'The quiet front desk'),
  );
  await expect(page.getByRole('button', { name: /The quiet front desk/ })).toBeVisible({
    timeout: 15_000,
  });
});
