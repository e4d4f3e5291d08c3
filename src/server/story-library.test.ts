import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { PROJECT } from '../../test/helpers/temp-project.ts';
import { loadStoryLibrary } from './story-library.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the workshop server's story library", () => {
  it('leaves out a story that hangs ink, naming its file, and offers the others', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'workshop-stories-'));
    copyFileSync(path.join(FIXTURES, 'small-desk.ink'), path.join(dir, 'small-desk.ink'));
    // A line glued to itself for ever: ink's Continue never returns, so only a worker budget ends it.
    copyFileSync(path.join(FIXTURES, 'loops', 'glue-loop.ink'), path.join(dir, 'glue-loop.ink'));
    const library = await loadStoryLibrary(dir, PROJECT, { timeMs: 3_000, memoryMb: 1024 });
    expect([...library.stories.keys()]).toEqual(['small-desk']);
    expect(library.stories.get('small-desk')?.meta.title).toBe('The small front desk');
    expect(library.problems).toHaveLength(1);
    expect(library.problems[0]).toMatch(/^glue-loop\.ink: .*glue-loop\.ink:1: error: /);
    expect(library.problems[0]).toContain('the checker stopped this story after 3 s');
  });
});
