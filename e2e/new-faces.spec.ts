import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { build, createServer } from 'vite';
import { facePath } from '../src/core/faces';
import { PROJECT, tempProject } from '../test/helpers/temp-project';
import { choicesGroup } from './helpers';
import { serveWithPageFallback } from './spa-server';

/*
 * A trainer drops a story with a new customer (Mr. Haddad) and a new colleague (Bea) into
 * stories/ of a copy of the game, with the game's own vite.config.ts: both faces are drawn under
 * the dev server (`npm start`) and in the built game behind a server that answers every unknown
 * path with index.html, and the page logs no error.
 */

const STORY = /The parcel at the post counter/;
const PEOPLE = ['Mr. Haddad', 'Bea'];

function newTrainerProject(): string {
  const { root, stories } = tempProject();
  for (const file of ['vite.config.ts', 'host.html', 'join.html'])
    copyFileSync(path.join(PROJECT, file), path.join(root, file));
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

/** The face files the page itself fetched, each with the content type it came back with. */
function facesFetched(page: Page): Map<string, string> {
  const faces = new Map<string, string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.includes('/faces/'))
      faces.set(url.pathname, `${response.status()} ${response.headers()['content-type'] ?? ''}`);
  });
  return faces;
}

async function openNewStory(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/menu`);
  await page.getByRole('button', { name: STORY }).click();
  // The dev server compiles the playing chunk on first request: slow on a busy machine.
  await expect(choicesGroup(page)).toBeVisible({ timeout: 30_000 });
}

/** The dialogue box shows `speaker`'s face, a picture that decoded (not drawn initials). */
async function expectFaceInBox(page: Page, speaker: string): Promise<void> {
  const box = page.locator(`.dialogue-box[data-speaker="${speaker}"]`);
  await expect(box).toBeVisible();
  const face = box.locator('.box-portrait img');
  await expect(face, `${speaker}'s face in the dialogue box`).toBeVisible({ timeout: 30_000 });
  expect(await face.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
}

/** Plays to the colleague's line: both people drawn on the stage and in the box, from real face files. */
async function expectBothFaces(page: Page, faces: Map<string, string>): Promise<void> {
  await expectFaceInBox(page, 'Mr. Haddad');
  await expect(page.locator('.stage-canvas')).toHaveAttribute('data-portrait', 'picture', {
    timeout: 30_000,
  });
  await choicesGroup(page).getByRole('button', { name: 'Ask what was in it' }).click();
  await expect(page.locator('.stage-canvas')).toHaveAttribute('data-drawn', 'Mr. Haddad, Bea');
  await expectFaceInBox(page, 'Bea');
  for (const name of PEOPLE) {
    const folder = path.posix.dirname(facePath(name, 'calm'));
    const fetched = [...faces].filter(([file]) => file.includes(`/${folder}/`));
    expect(fetched.length, `${name}'s faces fetched`).toBeGreaterThan(0);
    for (const [file, answer] of fetched) expect(answer, file).toBe('200 image/svg+xml');
  }
}

test("a new story's new customer and colleague get faces in the dev server, with no error", async ({
  page,
}) => {
  const root = newTrainerProject();
  const server = await createServer({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'silent',
    cacheDir: path.join(root, '.vite'),
    server: { host: '127.0.0.1', port: 0, fs: { allow: [root, PROJECT] } },
  });
  await server.listen();
  try {
    const url = server.resolvedUrls?.local[0] ?? '';
    const problems = problemsOf(page);
    const faces = facesFetched(page);
    await openNewStory(page, url);
    await expectBothFaces(page, faces);
    expect(problems).toEqual([]);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('the built game behind a server that answers every path with the page: faces, or a drawn face, never an error', async ({
  page,
}) => {
  const root = newTrainerProject();
  const outDir = path.join(root, 'dist');
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'silent',
    cacheDir: path.join(root, '.vite'),
    build: { outDir, emptyOutDir: true },
  });
  const { url, server } = await serveWithPageFallback(outDir);
  try {
    // The server really does answer a path it has no file for with the game's page.
    const missing = await page.request.get(`${url}faces/nobody/calm.svg`);
    expect(missing.headers()['content-type']).toBe('text/html');
    expect(await missing.text()).toContain('<main id="app"');

    const problems = problemsOf(page);
    const faces = facesFetched(page);
    await openNewStory(page, url);
    await expectBothFaces(page, faces);

    // With his face files gone the server sends the page instead: he is drawn by hand, on the
    // stage and, from the start, as his initial in the dialogue box.
    rmSync(path.join(outDir, path.posix.dirname(facePath('Mr. Haddad', 'calm'))), {
      recursive: true,
    });
    await page.goto('about:blank');
    await openNewStory(page, url);
    await expect(page.locator('.stage-canvas')).toHaveAttribute('data-portrait', 'drawn');
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start over' }).click();
    await expect(
      choicesGroup(page).getByRole('button', { name: 'Ask what was in it' }),
    ).toBeVisible();
    await expect(page.locator('.dialogue-box[data-speaker="Mr. Haddad"] .box-initials')).toHaveText(
      'H',
    );
    expect(problems).toEqual([]);
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
