import { luckRead, readLuck } from '../core/luck.ts';
import type { StoredState } from './store.ts';
import type { WorkshopStory } from './workshop-story.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Explores the seed a session's teams are read against, about 10 ms at a time with the event
 * loop's other work (every other session's choices, joins and pages) between slices: a new seed
 * of a large random story takes seconds, which the server must not spend in one go. Resolves at
 * once for a story without luck or a seed already read, so the hot path pays a lookup.
 */
export function readSessionLuck(story: WorkshopStory, seed: number): Promise<void> {
  if (luckRead(story, seed)) return Promise.resolve();
  return readLuck(story, seed, { pause: nextTurn });
}

/** Reads the luck of every session in `state` before it is replayed (which reads it at once). */
export async function readStoredLuck(state: StoredState): Promise<void> {
  const stories = new Map(state.stories.map((s) => [s.hash, s]));
  for (const { storyHash, seed } of state.sessions) {
    const story = stories.get(storyHash);
    if (story) await readSessionLuck(story, seed);
  }
}
