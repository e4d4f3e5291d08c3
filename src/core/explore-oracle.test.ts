import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { below, memoFor } from '../../e2e/ink-walk.ts';
import { compileInkSource } from '../build/compile-ink.ts';
import { FIXTURES, STORIES } from '../../test/helpers/fixtures.ts';
import { exploreStory } from './explore.ts';
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

/** The story's JSON and exploration, when the walk can take it. */
function walkable(file: string) {
  const { json } = compileInkSource(file, STORIES);
  if (!json || analyseInkFlow(json).random) return undefined;
  const x = exploreStory(json);
  const ok = x.exact && !x.loops && x.problems.length === 0 && x.deadEnds.length === 0;
  return ok ? { json, ranges: x.ranges } : undefined;
}

// Left to the walk's own e2e use and to segment-memo.test.ts: a function that calls itself for
// ever takes the whole heap (the CLI's worker reports it); the ~100 KB story and ten merged
// decisions have more states than a walk keying each by its whole text (visits too) should take.
const LEFT = ['echo-function', `${path.sep}large${path.sep}`, 'ten-merged'];

const CASES = FILES.flatMap((file) => {
  if (LEFT.some((part) => file.includes(part))) return [];
  const found = walkable(file);
  return found ? [[path.relative(path.dirname(STORIES), file), found] as const] : [];
});

describe('the explorer against inkjs alone', () => {
  it('takes every shipped story', () => {
    const stories = CASES.filter(([name]) => name.startsWith('stories/'));
    expect(stories.length).toBe(inkFiles(STORIES).length);
  });

  // A few seconds a story: the walk keys each state by its whole saved text, visits and turns too.
  it.each(CASES)(
    '%s: the same best, worst and per-quality figures',
    { timeout: 60_000 },
    (_, { json, ranges }) => {
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
