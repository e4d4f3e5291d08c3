import type { ScoreRanges } from './explore.ts';
import {
  drawsRandom,
  keepExploration,
  seedExploration,
  seedExplored,
  worldOf,
} from './luck-cache.ts';

interface ReadStory {
  json?: string | undefined;
  ranges: ScoreRanges;
}

/**
 * What a play with `seed` is read against. A story without randomness: its ranges over every path,
 * at no cost. A random story: the ranges of the routes this play's rolls allow, with the qualities
 * the story practises only on rolls this play never met listed as `unmet`. Explores that seed here
 * in one go unless `readLuck` has done it already.
 */
export function readingBasis(story: ReadStory, seed = 0): ScoreRanges {
  if (story.json === undefined || !drawsRandom(story.json)) return story.ranges;
  const own = worldOf(story.json, seed).ranges;
  // A cut exploration may simply not have reached a quality: only an exact one can say it is unmet.
  const unmet = own.exact ? story.ranges.practised.filter((q) => !own.practised.includes(q)) : [];
  return { ...own, ...(unmet.length ? { unmet } : {}) };
}

/** Whether `readingBasis(story, seed)` costs nothing: the story draws no luck or the seed is read. */
export function luckRead(story: ReadStory, seed: number): boolean {
  // A lookup only: an exploration begun here and never advanced would be held for good.
  return story.json === undefined || !drawsRandom(story.json) || seedExplored(story.json, seed);
}

export interface LuckSlices {
  /** Lets the caller's thread do other work between slices (a page's idle time, a server's loop). */
  pause: () => Promise<void>;
  /** Clock time one slice may take, at least one decision's worth of ink. */
  sliceMs?: number;
  now?: () => number;
}

/**
 * Explores the seed a play is read against a slice at a time, pausing between slices, so a page
 * stays responsive and a server keeps serving other sessions while a new seed of a large random
 * story is read. Only when the slices stop is the clock read: the exploration counts steps, so
 * the basis is the same however it was sliced. Resolves once `readingBasis` costs nothing.
 */
export async function readLuck(
  story: ReadStory,
  seed: number,
  { pause, sliceMs = 10, now = () => Date.now() }: LuckSlices,
): Promise<void> {
  const { json } = story;
  if (json === undefined || !drawsRandom(json)) return;
  // The cache holds an exploration under way, so every reader of this seed advances this one.
  const x = seedExploration(json, seed);
  while (!x.done) {
    const until = now() + sliceMs;
    while (!x.advance(1) && now() < until);
    if (!x.done) await pause();
  }
  // Kept as the latest read, for the reading that follows. Another reader of this seed may have
  // finished it while this one waited, and the cache let it go: looking it up again would begin
  // a fresh one, never advanced.
  keepExploration(json, seed, x);
}
