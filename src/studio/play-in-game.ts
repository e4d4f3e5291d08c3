import type { KeyValueStore } from '../adapters/storage.ts';
import { saveStudioDraft, STUDIO_DRAFT_ID } from '../app/studio-draft.ts';
import { contentHash } from '../core/hash.ts';
import type { FullCheck } from './compile-text.ts';

export interface PlayRequest {
  /** The compiled story on screen, if ink compiled it. */
  json?: string;
  /** The full check of that same text, once it has finished. */
  scored?: FullCheck;
  /** Errors among the problems shown for it. */
  errors: number;
}

/**
 * "Play in the game": saves the story on screen as the Studio's draft and opens it in the game
 * screen, or says why not. 'wait' when the full check has not finished: the caller plays once it has.
 */
export function playInGame(
  request: PlayRequest,
  store: KeyValueStore,
  tell: (message: string) => void,
  open: (storyId: string) => void,
): 'played' | 'wait' | 'refused' {
  const { json, scored, errors } = request;
  if (!json) {
    tell('Play in the game needs a story that ink can compile: see Problems.');
    return 'refused';
  }
  if (!scored) {
    tell('The story opens in the game once the full check has finished.');
    return 'wait';
  }
  if (errors > 0 || !scored.meta || !scored.ranges) {
    tell(`Play in the game needs a story with no errors: fix the ${errors} in Problems first.`);
    return 'refused';
  }
  saveStudioDraft(store, {
    meta: scored.meta,
    hash: contentHash(json),
    json,
    ranges: scored.ranges,
  });
  open(STUDIO_DRAFT_ID);
  return 'played';
}
