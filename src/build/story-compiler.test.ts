import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileInkFile } from './compile-ink.ts';
import { StoryCompiler } from './story-compiler.ts';
import { PROJECT } from '../../test/helpers/temp-project.ts';

const fixture = (name: string) => path.join('test', 'fixtures', name);
let compiler: StoryCompiler | undefined;

afterEach(async () => {
  await compiler?.close();
});

describe('stories compiled in worker processes under a budget', () => {
  it('stops a story whose line never ends, naming its file, and still compiles the others', async () => {
    compiler = new StoryCompiler(PROJECT, { timeMs: 3_000, memoryMb: 1024 });
    const [hung, good] = await Promise.all([
      compiler.compile(fixture('loops/glue-loop.ink')),
      compiler.compile(fixture('small-desk.ink')),
    ]);
    expect(hung.story).toBeUndefined();
    expect(hung.diagnostics).toEqual([
      expect.objectContaining({
        file: 'test/fixtures/loops/glue-loop.ink',
        severity: 'error',
        message:
          'the checker stopped this story after 3 s: it compiled, but playing it through did not finish',
      }),
    ]);
    expect(good.story?.meta.title).toBe('The small front desk');
    // The stopped worker was replaced: the next story compiles as usual.
    const after = await compiler.compile(fixture('small-desk.ink'));
    expect(after.story?.meta.title).toBe('The small front desk');
  });

  it('stops a story that eats memory at its memory budget', async () => {
    compiler = new StoryCompiler(PROJECT, { timeMs: 120_000, memoryMb: 64 });
    const { story, diagnostics } = await compiler.compile(fixture('loops/echo-function.ink'));
    expect(story).toBeUndefined();
    expect(diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'test/fixtures/loops/echo-function.ink:1: the checker stopped this story at its memory budget (64 MB): it compiled, but playing it through did not finish',
    ]);
  });

  it('gives what compiling in the main thread gives', async () => {
    compiler = new StoryCompiler(PROJECT);
    for (const name of ['small-desk.ink', 'unknown-quality.ink']) {
      expect(await compiler.compile(fixture(name))).toEqual(compileInkFile(fixture(name), PROJECT));
    }
  });
});
