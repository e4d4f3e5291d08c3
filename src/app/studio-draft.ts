import type { KeyValueStore } from '../adapters/storage.ts';
import type { StoryCatalog } from '../catalog.ts';
import type { CompiledStory } from '../core/compiled-story.ts';

/** The id the Studio's story plays under in the game: not a file name in stories/. */
export const STUDIO_DRAFT_ID = 'studio-draft';
export const STUDIO_DRAFT_KEY = 'serving-moments:studio:draft';

/** Hands the Studio's compiled, fully checked story to the game screen. */
export function saveStudioDraft(store: KeyValueStore, story: Omit<CompiledStory, 'id'>): void {
  store.set(STUDIO_DRAFT_KEY, JSON.stringify({ ...story, id: STUDIO_DRAFT_ID }));
}

function readDraft(store: KeyValueStore): CompiledStory | undefined {
  try {
    const draft = JSON.parse(store.get(STUDIO_DRAFT_KEY) ?? 'null') as CompiledStory | null;
    const whole =
      draft?.id === STUDIO_DRAFT_ID &&
      typeof draft.json === 'string' &&
      typeof draft.hash === 'string' &&
      typeof draft.meta?.title === 'string' &&
      typeof draft.ranges?.maxTotal === 'number';
    return whole ? draft : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The game's catalog, plus the story last sent from the Studio with "Play in the game": it plays in
 * the real game screen and debrief, but is not listed on the menu (it is not in stories/).
 */
export function withStudioDraft(catalog: StoryCatalog, store: KeyValueStore): StoryCatalog {
  return {
    entries: () => catalog.entries(),
    startHere: () => catalog.startHere?.(),
    load: (id) => (id === STUDIO_DRAFT_ID ? Promise.resolve(readDraft(store)) : catalog.load(id)),
  };
}
