import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build, createServer } from 'vite';
import { branding } from '../src/build/vite-plugin-branding';
import { storyFaces } from '../src/build/vite-plugin-faces';
import { inkStories } from '../src/build/vite-plugin-ink';
import { facePath } from '../src/core/faces';
import { PROJECT, tempProject } from '../test/helpers/temp-project';
import { choicesGroup } from './helpers';
import { serveWithPageFallback } from './spa-server';

const STORY = /The parcel at the post counter/;
// The same plugins as vite.config.ts: without branding() the page would have no colours or focus ring.
const plugins = () => [inkStories(), storyFaces(), branding()];

function newTrainerProject(): string {
  const { root, stories } = tempProject();
  copyFileSync(
    path.join(PROJECT, 'test', 'fixtures', 'new-faces.ink'),
    path.join(stories, 'parcel.ink'),
  );
  return root;
}

/** Every uncaught error and console error the page produces. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return problems;
}

async function openNewStory(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/menu`);
  await page.getByRole('button', { name: STORY }).click();
  // The dev server compiles the playing chunk on first request: slow on a busy machine.
  await expect(choicesGroup(page)).toBeVisible({ timeout: 30_000 });
}

async function expectBothFaces(page: Page, url: string): Promise<void> {
  for (const name of ['Mr. Haddad', 'Bea']) {
    const response = await page.request.get(`${url}${facePath(name, 'calm')}`);
    expect(response.headers()['content-type'], name).toContain('image/svg+xml');
  }
  await expect(page.locator('.stage-canvas')).toHaveAttribute('data-portrait', 'picture', {
    timeout: 30_000,
  });
}

test("a new story's new people get faces in the dev server, with no error", async ({ page }) => {
  const root = newTrainerProject();
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    cacheDir: path.join(root, '.vite'),
    plugins: plugins(),
    server: { host: '127.0.0.1', port: 0, fs: { allow: [root, PROJECT] } },
  });
  await server.listen();
  try {
    const url = server.resolvedUrls?.local[0] ?? '';
    const problems = problemsOf(page);
    await openNewStory(page, url);
    await expectBothFaces(page, url);
    // The new colleague who speaks after the first choice is drawn beside the customer.
    await choicesGroup(page).getByRole('button').first().click();
    await expect(page.locator('.stage-canvas')).toHaveAttribute('data-drawn', 'Mr. Haddad, Bea');
    expect(problems).toEqual([]);
  } finally {
    await server.close();
  }
});

test('the built game behind a server that answers every path with the page: faces, or a drawn face, never an error', async ({
  page,
}) => {
  const root = newTrainerProject();
  const outDir = path.join(root, 'dist');
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    publicDir: 'assets',
    plugins: plugins(),
    build: { outDir, emptyOutDir: true },
  });
  const { url, server } = await serveWithPageFallback(outDir);
  try {
    const problems = problemsOf(page);
    await openNewStory(page, url);
    await expectBothFaces(page, url);

    rmSync(path.join(outDir, 'faces', 'mr-haddad'), { recursive: true });
    await page.goto('about:blank');
    await openNewStory(page, url);
    await expect(page.locator('.stage-canvas')).toHaveAttribute('data-portrait', 'drawn');
    expect(problems).toEqual([]);
  } finally {
    server.close();
  }
});
