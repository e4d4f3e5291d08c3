import { decodeSave, encodeSave, type SavedPlaythrough } from '../core/save.ts';
import type { KeyValueStore } from '../adapters/storage.ts';

const keyOf = (storyId: string) => `serving-moments:playthrough:${storyId}`;

export type LoadedSave = { save?: SavedPlaythrough; problem?: string };

/** The device's memory of each story's current playthrough (its choice path, not ink state). */
export class Playthroughs {
  constructor(private readonly store: KeyValueStore) {}

  load(storyId: string): LoadedSave {
    const raw = this.store.get(keyOf(storyId));
    if (raw === null) return {};
    const decoded = decodeSave(raw);
    if (!decoded.ok) {
      this.store.remove(keyOf(storyId));
      return { problem: decoded.error };
    }
    if (decoded.value.storyId !== storyId)
      return { problem: 'the saved progress belongs to another story' };
    return { save: decoded.value };
  }

  save(save: SavedPlaythrough): void {
    this.store.set(keyOf(save.storyId), encodeSave(save));
  }

  clear(storyId: string): void {
    this.store.remove(keyOf(storyId));
  }
}
