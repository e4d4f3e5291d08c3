import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { storeRecords } from '../../test/helpers/store-records.ts';
import { fixtureStory } from '../../test/helpers/workshop-fixtures.ts';
import { SqliteBatch } from './sqlite-batch.ts';
import { sqliteStore } from './sqlite-store.ts';

const story = fixtureStory('test/fixtures/small-desk.ink');
const now = Date.now();
const { team, seed } = storeRecords(story, now);

async function seeded(teams: number) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'workshop-batch-')), 'w.db');
  const store = sqliteStore(file);
  await seed(
    store,
    Array.from({ length: teams }, (_, i) => team(`t${i}`, 's1', `Team ${i}`)),
  );
  // Another connection to the file, as `npm run workshop:backup` or a restarted server reads it.
  const reader = new Database(file, { readonly: true });
  const storedSteps = (teamId: string) =>
    reader
      .prepare<[string], { step: number }>('SELECT step FROM choices WHERE team_id = ?')
      .all(teamId)
      .map((r) => r.step);
  return { store, storedSteps };
}

describe('choices sent in one turn of the event loop', () => {
  it('are each in the database file by the time the store says stored, one result each', async () => {
    const { store, storedSteps } = await seeded(20);
    const sent = Array.from({ length: 20 }, (_, i) =>
      store
        .appendChoice({ teamId: `t${i}`, step: 0, index: 0, at: now })
        .then((result) => ({ result, inFile: storedSteps(`t${i}`) })),
    );
    // One that does not fit (step 1 before step 0 of another team) is refused alone.
    const early = store.appendChoice({ teamId: 't0', step: 5, index: 0, at: now });
    const settled = await Promise.all(sent);
    for (const { result, inFile } of settled) {
      expect(result).toBe('stored');
      expect(inFile).toEqual([0]);
    }
    expect(await early).toBe('out-of-turn');
  });

  it('reach the database before a write made after them, so a lock cannot overtake them', async () => {
    const { store, storedSteps } = await seeded(2);
    const choice = store.appendChoice({ teamId: 't0', step: 0, index: 1, at: now });
    await store.setPhase('s1', 'locked', false, now);
    // Sent before the lock, so kept; the next one, after it, is refused as closed.
    expect(await choice).toBe('stored');
    expect(storedSteps('t0')).toEqual([0]);
    expect(await store.appendChoice({ teamId: 't1', step: 0, index: 0, at: now })).toBe('closed');
  });
});

describe('a batch whose transaction SQLite ends (the disk is full)', () => {
  it('reports every row failed and stores none of them, so no device is told otherwise', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'workshop-batch-')), 'b.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)');
    // A database that may grow by a few pages only: the third row does not fit.
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true })) + 6}`);
    const batch = new SqliteBatch(db, (n: number) => {
      db.prepare('INSERT INTO t (id, v) VALUES (?, ?)').run(
        n,
        Buffer.alloc(n === 3 ? 200_000 : 100),
      );
      return 'stored';
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => batch.add(n)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    const reader = new Database(file, { readonly: true });
    expect(reader.prepare('SELECT id FROM t').all()).toEqual([]);
  });

  it('undoes every statement of a row that fails alone, and keeps the others', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'workshop-batch-')), 'b.db');
    const db = new Database(file);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY); CREATE TABLE u (id INTEGER PRIMARY KEY)');
    db.prepare('INSERT INTO u (id) VALUES (2)').run();
    // Two statements a row, as a choice writes its row and then its team's progress.
    const batch = new SqliteBatch(db, (n: number) => {
      db.prepare('INSERT INTO t (id) VALUES (?)').run(n);
      db.prepare('INSERT INTO u (id) VALUES (?)').run(n);
      return 'stored';
    });
    const results = await Promise.allSettled([1, 2, 3].map((n) => batch.add(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT id FROM t').all()).toEqual([{ id: 1 }, { id: 3 }]);
  });

  it('undoes every statement of a row sent alone that fails, and keeps the next', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'workshop-batch-')), 'b.db');
    const db = new Database(file);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY); CREATE TABLE u (id INTEGER PRIMARY KEY)');
    db.prepare('INSERT INTO u (id) VALUES (2)').run();
    const batch = new SqliteBatch(db, (n: number) => {
      db.prepare('INSERT INTO t (id) VALUES (?)').run(n);
      db.prepare('INSERT INTO u (id) VALUES (?)').run(n);
      return 'stored';
    });
    await expect(batch.add(2)).rejects.toThrow(/UNIQUE/);
    expect(db.inTransaction).toBe(false);
    await expect(batch.add(3)).resolves.toBe('stored');
    expect(db.prepare('SELECT id FROM t').all()).toEqual([{ id: 3 }]);
  });
});
