import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkStories } from './vite-plugin-ink.ts';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { tempProject } from '../../test/helpers/temp-project.ts';

async function buildProject(root: string, plugin = inkStories()) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [plugin],
    build: { outDir: path.join(root, 'dist'), emptyOutDir: true, manifest: true },
  });
}

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
}

/** The JavaScript a learner can download: everything reachable from index.html except the Studio. */
function learnerJs(root: string): string {
  const dist = path.join(root, 'dist');
  const manifest = JSON.parse(
    readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const walk = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key) || key.includes('src/studio/')) return;
    seen.add(key);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) walk(next);
  };
  walk('index.html');
  expect(seen.size).toBeGreaterThan(2);
  return [...seen]
    .map((key) => readFileSync(path.join(dist, manifest[key]?.file ?? ''), 'utf8'))
    .join('\n');
}

describe('the ink Vite plugin', () => {
  it('puts a story dropped into stories/ into the build, with no registration', async () => {
    const { root, stories } = tempProject();
    copyFileSync(path.join(FIXTURES, 'small-desk.ink'), path.join(stories, 'small-desk.ink'));
    await buildProject(root);
    const js = learnerJs(root);
    expect(js).toContain('The small front desk');
    expect(js).not.toContain('Compilation failed');
    // The learner's bundle carries the ink runtime only, never the compiler.
    expect(js).not.toMatch(/class InkParser|Recursive INCLUDE detected/);
  });

  it('fails the build with file:line: message for a broken story', async () => {
    const { root, stories } = tempProject();
    copyFileSync(path.join(FIXTURES, 'small-desk.ink'), path.join(stories, 'small-desk.ink'));
    writeFileSync(
      path.join(stories, 'broken.ink'),
      readFileSync(path.join(FIXTURES, 'unknown-quality.ink'), 'utf8'),
    );
    await expect(buildProject(root)).rejects.toThrow(
      "stories/broken.ink:9: error: unknown quality 'listning' (did you mean 'listening'?)",
    );
  });

  it('fails the build naming a story that hangs ink, once its budget is spent', async () => {
    const { root, stories } = tempProject();
    copyFileSync(path.join(FIXTURES, 'small-desk.ink'), path.join(stories, 'small-desk.ink'));
    copyFileSync(path.join(FIXTURES, 'loops', 'glue-loop.ink'), path.join(stories, 'on-hold.ink'));
    await expect(
      buildProject(root, inkStories({ budget: { timeMs: 3_000, memoryMb: 1024 } })),
    ).rejects.toThrow('stories/on-hold.ink:1: error: the checker stopped this story after 3 s');
  });
});
