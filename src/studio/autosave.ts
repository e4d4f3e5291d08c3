import type { KeyValueStore } from '../adapters/storage.ts';
import { TEMPLATE_STORY } from './template-story.ts';

export const STUDIO_TEXT_KEY = 'serving-moments:studio:text';

/** The text the trainer left, or the template on a first visit. An emptied editor stays empty. */
export function restoreStudioText(store: KeyValueStore): string {
  return store.get(STUDIO_TEXT_KEY) ?? TEMPLATE_STORY;
}

/** Saved on every change, not on a timer: a reload straight after typing must lose nothing. */
export function saveStudioText(store: KeyValueStore, text: string): void {
  store.set(STUDIO_TEXT_KEY, text);
}
