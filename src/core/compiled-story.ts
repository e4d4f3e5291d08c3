import type { ScoreRanges } from './explore.ts';
import type { StoryMeta } from './story-meta.ts';

/** What the build emits for each story in stories/: everything the player needs, nothing it doesn't. */
export interface CompiledStory {
  /** The file name without '.ink': stable, used in saves and URLs. */
  id: string;
  meta: StoryMeta;
  /** Content hash of `json`: a save made against other content is not replayed. */
  hash: string;
  json: string;
  ranges: ScoreRanges;
}

/** The menu's view of a story, available before any story JSON is loaded. */
export type StorySummary = Pick<CompiledStory, 'id' | 'meta' | 'hash' | 'ranges'>;
