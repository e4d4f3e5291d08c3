import type { KeyValueStore } from '../adapters/storage.ts';
import { contentHash } from '../core/hash.ts';
import type { StoryFile } from './story-files.ts';
import { TEMPLATE_STORY } from './template-story.ts';

export const STUDIO_FILES_KEY = 'serving-moments:studio:files';
/** Where the one-file Studio kept its text: still read, so nobody loses a draft. */
export const STUDIO_TEXT_KEY = 'serving-moments:studio:text';
/** Set while the full exploration of a text runs; still set on reload means it never finished. */
export const STUDIO_EXPLORING_KEY = 'serving-moments:studio:exploring';
/** The main file's name when there is nothing else to go by. */
export const MAIN_FILE = 'story.ink';

function isFileList(value: unknown): value is StoryFile[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (f) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as StoryFile).name === 'string' &&
        typeof (f as StoryFile).text === 'string',
    )
  );
}

/** The files the trainer left, or the template on a first visit. An emptied editor stays empty. */
export function restoreStudioFiles(store: KeyValueStore): StoryFile[] {
  const saved = store.get(STUDIO_FILES_KEY);
  if (saved !== null) {
    try {
      const files: unknown = JSON.parse(saved);
      if (isFileList(files)) return files;
    } catch {
      // unreadable: fall back to the older single text, then to the template
    }
  }
  return [{ name: MAIN_FILE, text: store.get(STUDIO_TEXT_KEY) ?? TEMPLATE_STORY }];
}

/** Saved on every change, not on a timer: a reload straight after typing must lose nothing. */
export function saveStudioFiles(store: KeyValueStore, files: readonly StoryFile[]): void {
  store.set(STUDIO_FILES_KEY, JSON.stringify(files));
}

const fingerprint = (files: readonly StoryFile[]) => contentHash(JSON.stringify(files));

/** Notes that the full exploration of these files started. */
export function markExploring(store: KeyValueStore, files: readonly StoryFile[]): void {
  store.set(STUDIO_EXPLORING_KEY, fingerprint(files));
}

/** The exploration ended, or was stopped by an edit or by its budget. */
export function clearExploring(store: KeyValueStore): void {
  store.remove(STUDIO_EXPLORING_KEY);
}

/**
 * Whether the page closed while these very files were being explored: a story that hung the
 * Studio once must not hang it again on reload without the trainer asking.
 */
export function explorationNeverFinished(
  store: KeyValueStore,
  files: readonly StoryFile[],
): boolean {
  return store.get(STUDIO_EXPLORING_KEY) === fingerprint(files);
}

/** Fingerprint of the files as they were last opened, downloaded or exported. */
export const STUDIO_SAVED_KEY = 'serving-moments:studio:saved';

export function markSaved(store: KeyValueStore, files: readonly StoryFile[]): void {
  store.set(STUDIO_SAVED_KEY, fingerprint(files));
}

/** Whether these files hold work that is in no file yet; the untouched template is not work. */
export function hasUnsavedWork(store: KeyValueStore, files: readonly StoryFile[]): boolean {
  const saved =
    store.get(STUDIO_SAVED_KEY) ?? fingerprint([{ name: MAIN_FILE, text: TEMPLATE_STORY }]);
  return fingerprint(files) !== saved;
}
