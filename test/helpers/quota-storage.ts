import type { StorageLike } from '../../src/adapters/storage.ts';

/**
 * A Storage as a browser implements it, with a small quota: a write that would take it over
 * `quota` characters throws QuotaExceededError and changes nothing, as localStorage does.
 */
export class QuotaStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(private readonly quota: number) {}
  /** A storage already holding `quota` characters of another app's data: no write fits. */
  static full(quota = 1000): QuotaStorage {
    const storage = new QuotaStorage(quota);
    storage.items.set('other-app-cache', 'x'.repeat(quota - 'other-app-cache'.length));
    return storage;
  }
  private used(except?: string): number {
    let n = 0;
    for (const [k, v] of this.items) if (k !== except) n += k.length + v.length;
    return n;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.used(key) + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
