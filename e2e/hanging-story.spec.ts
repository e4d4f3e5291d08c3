import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ViteDevServer } from 'vite';
import { PROJECT } from '../test/helpers/temp-project';
import { choicesGroup } from './helpers';
import { storyDevServer } from './story-dev-server';

const FIXTURES = path.join(PROJECT, 'test', 'fixtures');

let server: ViteDevServer;
let stories: string;
let url: string;

// The dev server (`vite`, not a build) over a stories/ folder of its own, with a short budget so
// the test waits seconds, not the default minute, for the hanging story to be stopped.
test.beforeAll(async () => {
  ({ server, stories, url } = await storyDevServer({ timeMs: 10_000, memoryMb: 1024 }));
});

test.afterAll(async () => {
  await server?.close();
});

test('a story that hangs ink is stopped with its message while the others play, and the server recovers when it goes', async ({
  page,
}) => {
  // A hold message glued back into itself: ink's own Continue never returns on it.
  copyFileSync(path.join(FIXTURES, 'loops', 'glue-loop.ink'), path.join(stories, 'on-hold.ink'));
  await page.goto(`${url}#/menu`);
  await expect(page.getByText('on-hold.ink cannot be played yet')).toBeVisible({
    timeout: 60_000,
  });
  await expect(
    page.getByText(
      'stories/on-hold.ink:1: error: the checker stopped this story after 10 s: it compiled, but playing it through did not finish',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: /The small front desk/ }).click();
  await expect(choicesGroup(page)).toBeVisible();

  // The trainer deletes the file: no restart, the menu is whole again and the story still plays.
  rmSync(path.join(stories, 'on-hold.ink'));
  // Vite reloads the open page itself when stories/ changes; open the menu again until it has.
  await expect(async () => {
    await page.goto(`${url}#/menu`);
    await expect(page.getByRole('button', { name: /The small front desk/ })).toBeVisible();
    await expect(page.getByText('on-hold.ink cannot be played yet')).toHaveCount(0);
  }).toPass({ timeout: 30_000 });
  await page.getByRole('button', { name: /The small front desk/ }).click();
  await expect(choicesGroup(page)).toBeVisible();
});
