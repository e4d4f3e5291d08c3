import type { KeyValueStore } from '../adapters/storage.ts';
import { decodeSave, encodeSave } from '../core/save.ts';
import type { ScormSession } from './scorm-session.ts';
import { touch } from './suspend-state.ts';

const PLAYTHROUGH = 'serving-moments:playthrough:';

const storyOf = (key: string) =>
  key.startsWith(PLAYTHROUGH) ? key.slice(PLAYTHROUGH.length) : undefined;

/**
 * The app's store inside an LMS: each story's playthrough lives in SCORM suspend data (as its
 * compact choice path), so the learner resumes on any device the LMS launches them on. Every other
 * key (the progress list) stays on this device in `local`.
 */
export function suspendStore(session: ScormSession, local: KeyValueStore): KeyValueStore {
  const { plays } = session.state;
  return {
    get(key) {
      const id = storyOf(key);
      if (id === undefined) return local.get(key);
      const save = plays.get(id);
      return save ? encodeSave(save) : null;
    },
    set(key, value) {
      const id = storyOf(key);
      const decoded = id === undefined ? undefined : decodeSave(value);
      if (id === undefined || !decoded?.ok || decoded.value.storyId !== id) {
        local.set(key, value);
        return;
      }
      touch(plays, id, decoded.value);
      session.setCurrent(id);
      session.writeSuspend();
    },
    remove(key) {
      const id = storyOf(key);
      if (id === undefined) {
        local.remove(key);
        return;
      }
      plays.delete(id);
      session.writeSuspend();
    },
  };
}

/** Keeps one learner's keys apart from another's on a shared computer. */
export function prefixedStore(store: KeyValueStore, prefix: string): KeyValueStore {
  return {
    get: (key) => store.get(prefix + key),
    set: (key, value) => store.set(prefix + key, value),
    remove: (key) => store.remove(prefix + key),
  };
}
