import { describe, expect, it } from 'vitest';
import { QuotaStorage } from '../../test/helpers/quota-storage.ts';
import { webStorageStore, type StorageFailure, type StorageLike } from './storage.ts';

const KEY = 'serving-moments:playthrough:night-desk';

function storeOver(storage: StorageLike | (() => never)) {
  const failures: StorageFailure[] = [];
  const open = typeof storage === 'function' ? storage : () => storage;
  return { store: webStorageStore(open, (f) => failures.push(f)), failures };
}

describe('the browser store when the device refuses a write', () => {
  it('reads back the new save after a quota failure, never the old one, and reports the failure', () => {
    const disk = new QuotaStorage(200);
    const { store, failures } = storeOver(disk);
    store.set(KEY, 'path:0');
    expect(failures).toEqual([]);
    const longer = `path:${'0.1.'.repeat(60)}`;
    store.set(KEY, longer);
    expect(store.get(KEY)).toBe(longer);
    expect(failures).toEqual([expect.objectContaining({ key: KEY, reason: 'QuotaExceededError' })]);
    expect(failures[0]!.message).toContain(KEY);
    // The device still holds the last save it really kept, for the next visit.
    expect(disk.getItem(KEY)).toBe('path:0');
  });

  it('writes through again once there is room, so the next visit reads the newest save', () => {
    const disk = new QuotaStorage(200);
    disk.setItem('someone-else', 'x'.repeat(150));
    const { store } = storeOver(disk);
    store.set(KEY, 'path:0.1.0.1.0.1.0.1.0.1.0.1.0.1.0.1.0.1.0.1.0.1.0.1.0.1.0.1');
    disk.removeItem('someone-else');
    store.set(KEY, 'path:0.1');
    expect(store.get(KEY)).toBe('path:0.1');
    expect(storeOver(disk).store.get(KEY)).toBe('path:0.1');
  });

  it('forgets a key removed after a failed write instead of reviving the old save', () => {
    const disk = new QuotaStorage(40);
    const { store } = storeOver(disk);
    store.set(KEY, 'path:0');
    store.set(KEY, 'path:0.1.0.1.0.1.0.1.0.1.0.1');
    store.remove(KEY);
    expect(store.get(KEY)).toBeNull();
  });

  it('still reads what a full storage holds', () => {
    const disk = new QuotaStorage(60);
    disk.setItem(KEY, 'path:0.1.1');
    disk.setItem('filler', 'x'.repeat(60 - KEY.length - 10 - 'filler'.length));
    const { store } = storeOver(disk);
    expect(store.get(KEY)).toBe('path:0.1.1');
  });

  it('keeps play going in memory where the browser forbids storage, and says so once', () => {
    const { store, failures } = storeOver(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    store.set(KEY, 'path:0');
    store.set(KEY, 'path:0.1');
    expect(store.get(KEY)).toBe('path:0.1');
    expect(failures.map((f) => f.reason)).toEqual(['SecurityError']);
  });
});
