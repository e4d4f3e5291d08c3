import type { SavedPlaythrough } from '../core/save.ts';
import type { QualityId } from '../core/qualities.ts';

/** A story's best finished attempt in this LMS attempt: what status, score and objectives read. */
export interface BestResult {
  /** Overall serving score, 0–100. */
  overall: number;
  /** Percent per quality the story practises. */
  qualities: Partial<Record<QualityId, number>>;
}

/**
 * What a learner carries between LMS sessions. Maps keep insertion order, and each write moves its
 * story to the end, so the first entry is always the least recently touched.
 */
export interface SuspendState {
  plays: Map<string, SavedPlaythrough>;
  bests: Map<string, BestResult>;
  /**
   * Another version's suspend data that an earlier build of this game carried at the end of its
   * own; read back and carried along unchanged. (Unreadable data is now never written over unasked.)
   */
  kept?: string;
}

export const emptySuspendState = (): SuspendState => ({ plays: new Map(), bests: new Map() });

/** Sets a map entry and moves it to the end: the most recently touched. */
export function touch<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
}
