import { copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteStore } from './sqlite-store.ts';

// The file is looked at every LOOK_EVERY_MS at most, not at every choice: what it finds must
// still come, and stay.
describe('the SQLite store watching its database file', () => {
  it('says the file was replaced, then deleted, soon after each happens', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'workshop-watch-'));
    const file = path.join(dir, 'w.db');
    const store = sqliteStore(file);
    try {
      expect(store.problem()).toBeUndefined();
      copyFileSync(file, path.join(dir, 'other.db'));
      renameSync(path.join(dir, 'other.db'), file);
      await expect.poll(() => store.problem()?.message, { timeout: 5_000 }).toMatch(/replaced/);
      expect(store.problem()?.message).toMatch(/replaced/);
      rmSync(file);
      await expect.poll(() => store.problem()?.message, { timeout: 5_000 }).toMatch(/deleted/);
      expect(store.problem()?.advice).toMatch(/stop the server/);
    } finally {
      await store.close();
    }
  });
});
