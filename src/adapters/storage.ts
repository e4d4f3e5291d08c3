/** Where the device keeps small things: progress, later settings. Injected so tests can pass a fake. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, string>();
  get(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.data.set(key, value);
  }
  remove(key: string): void {
    this.data.delete(key);
  }
}

/** The part of the Web Storage API the store uses, so a test can pass a Storage of its own. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A write the device refused: the value lives in memory until the page closes. */
export interface StorageFailure {
  key: string;
  /** The browser's error name, e.g. QuotaExceededError or SecurityError. */
  reason: string;
  message: string;
}

const failureOf = (key: string, error: unknown): StorageFailure => {
  const reason = error instanceof Error ? error.name : String(error);
  return {
    key,
    reason,
    message: `This browser did not keep "${key}" (${reason}); it is kept only until this page closes.`,
  };
};

/** Tells developers, in the console, which key was not kept and why. */
export const logStorageFailure = (failure: StorageFailure) =>
  console.warn(`Serving Moments: ${failure.message}`);

/**
 * Web Storage that never hands back a value older than the last one written. A refused write
 * (a full quota, private mode) is kept in memory and read back from there, because reading the
 * storage would return the save from before it; `onFailure` hears of every refused write. The old
 * value stays on disk: it is the last one the device really kept, for the next visit.
 */
export function webStorageStore(
  open: () => StorageLike,
  onFailure: (failure: StorageFailure) => void = logStorageFailure,
): KeyValueStore {
  // A sandboxed LMS frame throws on merely touching localStorage: then every key is in memory.
  let storage: StorageLike | undefined;
  try {
    storage = open();
  } catch (error) {
    storage = undefined;
    onFailure(failureOf('localStorage', error));
  }
  /** Keys whose last write or removal failed; null marks a removal. */
  const unsaved = new Map<string, string | null>();
  return {
    get(key) {
      if (unsaved.has(key)) return unsaved.get(key) ?? null;
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      // Without storage at all, the failure was reported once when it was opened.
      if (!storage) return void unsaved.set(key, value);
      try {
        storage.setItem(key, value);
        unsaved.delete(key);
      } catch (error) {
        unsaved.set(key, value);
        onFailure(failureOf(key, error));
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
        unsaved.delete(key);
      } catch (error) {
        unsaved.set(key, null);
        onFailure(failureOf(key, error));
      }
    },
  };
}

/** localStorage, or memory where the browser refuses it (private mode, a sandboxed LMS frame). */
export function browserStore(onFailure?: (failure: StorageFailure) => void): KeyValueStore {
  return webStorageStore(() => window.localStorage, onFailure);
}
