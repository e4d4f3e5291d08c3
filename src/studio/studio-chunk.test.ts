import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from 'vite';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { buildProject } from '../../test/helpers/project-build.ts';
import { tempProject } from '../../test/helpers/temp-project.ts';

// A string only the ink compiler holds: the runtime that plays stories has no INCLUDE to resolve.
const COMPILER = 'Recursive INCLUDE detected';

describe('the built game', () => {
  it('loads the ink compiler only in the Story Studio', async () => {
    const { root, stories } = tempProject();
    copyFileSync(path.join(FIXTURES, 'small-desk.ink'), path.join(stories, 'small-desk.ink'));
    const dist = path.join(root, 'dist');
    await buildProject(root, { manifest: true });
    const manifest = JSON.parse(
      readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'),
    ) as Manifest;
    const code = (key: string) => readFileSync(path.join(dist, manifest[key]?.file ?? ''), 'utf8');
    // src/ is a link to the real one, so its keys are relative paths that end in src/….
    const studio = Object.keys(manifest).find((key) => key.endsWith('src/studio/studio.ts')) ?? '';
    expect(manifest[studio]?.isDynamicEntry).toBe(true);

    // Every chunk a learner can load: the entry, what it imports, and what it loads later,
    // except the Studio.
    const learner = new Set<string>();
    const visit = (key: string) => {
      if (key === studio || learner.has(key)) return;
      learner.add(key);
      const chunk = manifest[key];
      for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) visit(next);
    };
    visit('index.html');
    expect(learner.size).toBeGreaterThan(2);
    expect(manifest['index.html']?.dynamicImports).toContain(studio);
    for (const key of learner) expect(code(key), key).not.toContain(COMPILER);

    // The Studio chunk starts a worker, and the compiler lives in the worker.
    expect(code(studio)).not.toContain(COMPILER);
    const worker = manifest[studio]?.assets?.find((file) => /compile-worker/.test(file));
    expect(worker).toBeDefined();
    expect(readFileSync(path.join(dist, worker ?? ''), 'utf8')).toContain(COMPILER);
    rmSync(root, { recursive: true, force: true });
  });
});
