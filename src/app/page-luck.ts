import type { ScoreRanges } from '../core/explore.ts';
import { luckRead, readLuck } from '../core/luck.ts';

interface ReadStory {
  json?: string | undefined;
  ranges: ScoreRanges;
}

/** Until the page is idle (at most 100 ms): reading luck never takes a frame the learner needs. */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 16);
  });

/**
 * Explores the seed a play of a random story is read against in the page's idle time, 8 ms at a
 * time: a new seed of a large story is seconds of ink, which in one go froze the page as the play
 * ended. Begun when the play starts, so it is usually read before the learner reaches the end.
 */
export function readLuckOnPage(story: ReadStory, seed: number): Promise<void> {
  if (luckRead(story, seed)) return Promise.resolve();
  return readLuck(story, seed, { pause: idle, sliceMs: 8 });
}

/** Runs `then` at once where the play's luck is read (every story without luck), else once it is. */
export function afterLuck(story: ReadStory, seed: number, then: () => void): void {
  if (luckRead(story, seed)) then();
  else void readLuckOnPage(story, seed).then(then);
}
