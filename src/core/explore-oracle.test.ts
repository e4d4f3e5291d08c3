import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { below, memoFor } from '../../e2e/ink-walk.ts';
import { compileInkSource } from '../build/compile-ink.ts';
import { FIXTURES, STORIES } from '../../test/helpers/fixtures.ts';
import { exploreStory, type Exploration } from './explore.ts';
import { analyseInkFlow } from './ink-flow.ts';

// The explorer's figures against plain inkjs: e2e/ink-walk.ts walks every state with inkjs alone
// (its own LoadJson and ToJson, each state keyed by its whole saved text, no memo of stretches,
// no state keys, nothing of src/core), so every shortcut the explorer takes (replayed stretches,
// states loaded from their parse, trimmed keys) must come out at the same figures on every
// shipped story and every fixture the walk can take (no randomness, no loop, no runtime problem).
const inkFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? inkFiles(p) : p.endsWith('.ink') ? [p] : [];
  });
const FILES = [...inkFiles(STORIES), ...inkFiles(FIXTURES)].sort();

/** The story's JSON and exploration, when the walk can take it (worked out once a file, in a test). */
const found = new Map<string, { json: string; ranges: Exploration['ranges'] } | undefined>();
function walkable(file: string) {
  if (found.has(file)) return found.get(file);
  const { json } = compileInkSource(file, STORIES);
  let out: { json: string; ranges: Exploration['ranges'] } | undefined;
  if (json && !analyseInkFlow(json).random) {
    const x = exploreStory(json);
    const ok = x.exact && !x.loops && x.problems.length === 0 && x.deadEnds.length === 0;
    if (ok) out = { json, ranges: x.ranges };
  }
  found.set(file, out);
  return out;
}

// Left to the walk's own e2e use and to segment-memo.test.ts: a function that calls itself for
// ever takes the whole heap (the CLI's worker reports it); the ~100 KB story and ten merged
// decisions have more states than a walk keying each by its whole text (visits too) should take.
// The loops/ fixtures are made to loop or to roll, which the walk takes neither of (glue-loop's
// line never ends: the explorer spends its whole time budget, ~30 s, before calling it cut).
const LEFT = [
  'echo-function',
  `${path.sep}large${path.sep}`,
  `${path.sep}loops${path.sep}`,
  'ten-merged',
];

// Only the names at load: each file is compiled and explored in its own test, so collecting the
// file costs nothing and a slow exploration shows up under its own name.
const CASES = FILES.filter((file) => !LEFT.some((part) => file.includes(part))).map(
  (file) => [path.relative(path.dirname(STORIES), file), file] as const,
);

describe('the explorer against inkjs alone', () => {
  it('takes every shipped story', { timeout: 120_000 }, () => {
    const untaken = inkFiles(STORIES).filter((file) => !walkable(file));
    expect(untaken).toEqual([]);
  });

  // A few seconds a story: the walk keys each state by its whole saved text, visits and turns too.
  // A fixture the walk cannot take (random, looping, a dead end, a runtime problem) is skipped.
  it.for(CASES)(
    '%s: the same best, worst and per-quality figures',
    { timeout: 60_000 },
    ([, file], ctx) => {
      const taken = walkable(file);
      if (!taken) return ctx.skip();
      const { json, ranges } = taken;
      const story = new Story(json);
      story.state.storySeed = 0;
      story.allowExternalFunctionFallbacks = true;
      const oracle = below(story, memoFor(json));
      const has = (o: Record<string, number>) =>
        Object.fromEntries(Object.entries(o).filter(([, v]) => v !== 0));
      expect(ranges.maxTotal).toBe(oracle.best);
      expect(ranges.minTotal).toBe(oracle.worst);
      expect(has(ranges.min)).toEqual(has(oracle.least));
      expect(has(ranges.bestPlay.min)).toEqual(has(oracle.bestLeast));
      expect(has(ranges.bestPlay.max)).toEqual(has(oracle.bestMost));
      expect([...ranges.practised].sort()).toEqual([...oracle.practised].sort());
    },
  );
});
