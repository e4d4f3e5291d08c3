import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { facePath } from '../core/faces.ts';
import { MOODS } from '../core/moods.ts';
import { storyFaces } from './vite-plugin-faces.ts';
import { FIXTURES, STORIES } from '../../test/helpers/fixtures.ts';
import { castOf, inkFilesUnder } from './story-cast.ts';

/** A project with nothing but a page and stories: the faces are all this build makes. */
function tempProject(): { root: string; stories: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'serving-moments-faces-'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>faces</title>');
  mkdirSync(path.join(root, 'stories'));
  return { root, stories: path.join(root, 'stories') };
}

async function buildFaces(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [storyFaces()],
    build: { outDir: path.join(root, outDir), emptyOutDir: true },
  });
}

const facesIn = (dir: string, name: string) =>
  MOODS.map((mood) => readFileSync(path.join(dir, facePath(name, mood)), 'utf8'));

describe('the faces Vite plugin', () => {
  it("builds six faces for a new story's customer and colleague, the same each build", async () => {
    const { root, stories } = tempProject();
    copyFileSync(path.join(FIXTURES, 'new-faces.ink'), path.join(stories, 'counter.ink'));
    await buildFaces(root, 'a');
    await buildFaces(root, 'b');
    for (const name of ['Mr. Haddad', 'Bea']) {
      const faces = facesIn(path.join(root, 'a'), name);
      expect(
        faces.every((svg) => svg.startsWith('<svg')),
        name,
      ).toBe(true);
      expect(new Set(faces).size, name).toBe(MOODS.length);
      expect(facesIn(path.join(root, 'b'), name)).toEqual(faces);
    }
    expect(existsSync(path.join(root, 'a', 'faces', 'you'))).toBe(false);
  }, 60_000);

  it('draws the look the story asks for', async () => {
    const { root, stories } = tempProject();
    const source = readFileSync(path.join(FIXTURES, 'new-faces.ink'), 'utf8');
    writeFileSync(path.join(stories, 'counter.ink'), source);
    await buildFaces(root, 'with-look');
    writeFileSync(path.join(stories, 'counter.ink'), source.replace(/^# look:.*$/m, ''));
    await buildFaces(root, 'without-look');
    const withLook = facesIn(path.join(root, 'with-look'), 'Mr. Haddad');
    expect(facesIn(path.join(root, 'without-look'), 'Mr. Haddad')).not.toEqual(withLook);
    // Bea's look was not touched, so neither was her face.
    expect(facesIn(path.join(root, 'without-look'), 'Bea')).toEqual(
      facesIn(path.join(root, 'with-look'), 'Bea'),
    );
  }, 60_000);

  it('serves the faces of a story added while the dev server runs', async () => {
    const { root, stories } = tempProject();
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      cacheDir: path.join(root, '.vite'),
      plugins: [storyFaces()],
      server: { host: '127.0.0.1', port: 0 },
    });
    await server.listen();
    try {
      const url = server.resolvedUrls?.local[0] ?? '';
      const before = await fetch(`${url}${facePath('Bea', 'calm')}`);
      expect(before.headers.get('content-type')).not.toContain('svg');
      copyFileSync(path.join(FIXTURES, 'new-faces.ink'), path.join(stories, 'counter.ink'));
      const after = await fetch(`${url}${facePath('Bea', 'calm')}`);
      expect(after.headers.get('content-type')).toBe('image/svg+xml');
      expect(await after.text()).toMatch(/^<svg/);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('finds a face for everyone named in the shipped stories', () => {
    const cast = castOf(inkFilesUnder(STORIES));
    const names = [...cast.values()].map((c) => c.name);
    for (const file of inkFilesUnder(STORIES)) {
      const customer = /^#\s*customer:\s*(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.trim();
      expect(names, file).toContain(customer);
    }
    expect(names).not.toContain('You');
  });
});
