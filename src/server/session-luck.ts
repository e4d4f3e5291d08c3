import { luckRead, readLuck } from '../core/luck.ts';
import type { StoredState } from './store.ts';
import type { WorkshopStory } from './workshop-story.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Seeds read at once. Each exploration under way is held in memory until it finishes (the luck
 * cache never lets one go), so a burst of sessions whose seeds the cache let go reads two at a
 * time and the others wait their turn, instead of all of them holding a half-read story at once.
 */
export const LUCK_READERS = 2;

const reading = new Map<string, Promise<void>>();
const waiting: (() => void)[] = [];
let readers = 0;

async function turn(): Promise<void> {
  if (readers >= LUCK_READERS) await new Promise<void>((resolve) => waiting.push(resolve));
  else readers++;
}

function done(): void {
  const next = waiting.shift();
  if (next) next();
  else readers--;
}

/**
 * Explores the seed a session's teams are read against, about 10 ms at a time with the event
 * loop's other work (every other session's choices, joins and pages) between slices: a new seed
 * of a large random story takes seconds, which the server must not spend in one go. The same
 * when the luck cache has let a session's seed go (it keeps a few dozen per story): read again
 * in slices, one reading however many requests ask. Resolves at once for a story without luck or
 * a seed already read, so the hot path pays a lookup.
 */
export function readSessionLuck(story: WorkshopStory, seed: number): Promise<void> {
  if (luckRead(story, seed)) return Promise.resolve();
  const key = `${story.hash}:${seed}`;
  const known = reading.get(key);
  if (known) return known;
  const read = (async () => {
    await turn();
    try {
      if (!luckRead(story, seed)) await readLuck(story, seed, { pause: nextTurn });
    } finally {
      done();
      reading.delete(key);
    }
  })();
  reading.set(key, read);
  return read;
}

/** Whether the session's seed must be read before its readings cost nothing (a lookup only). */
export function luckPending(story: WorkshopStory, seed: number): boolean {
  return !luckRead(story, seed);
}

/** Reads the luck of every session in `state` before it is replayed (which reads it at once). */
export async function readStoredLuck(state: StoredState): Promise<void> {
  const stories = new Map(state.stories.map((s) => [s.hash, s]));
  for (const { storyHash, seed } of state.sessions) {
    const story = stories.get(storyHash);
    if (story) await readSessionLuck(story, seed);
  }
}
