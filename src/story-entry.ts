import type { CompiledStory, StorySummary } from './core/compiled-story.ts';

/** A menu entry: a story's summary, or, in the dev server, the errors that keep it from playing. */
export type StoryEntry = StorySummary | CompiledStory | { id: string; errors: string[] };

export function isPlayable<T extends StoryEntry>(
  entry: T,
): entry is Exclude<T, { errors: string[] }> {
  return !('errors' in entry);
}
