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

/**
 * localStorage, falling back to memory when the browser refuses it (private mode, a sandboxed LMS
 * frame, a full quota): play goes on, it just isn't remembered.
 */
export function browserStore(): KeyValueStore {
  const fallback = new MemoryStore();
  const storage = (() => {
    try {
      const s = window.localStorage;
      s.setItem('sm:probe', '1');
      s.removeItem('sm:probe');
      return s;
    } catch {
      return undefined;
    }
  })();
  if (!storage) return fallback;
  return {
    get: (key) => {
      try {
        return storage.getItem(key);
      } catch {
        return fallback.get(key);
      }
    },
    set: (key, value) => {
      try {
        storage.setItem(key, value);
      } catch {
        fallback.set(key, value);
      }
    },
    remove: (key) => {
      try {
        storage.removeItem(key);
      } catch {
        fallback.remove(key);
      }
    },
  };
}
