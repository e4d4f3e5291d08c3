import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA } from './schema-version.ts';
import { sqliteStore } from './sqlite-store.ts';

const file = () => path.join(mkdtempSync(path.join(tmpdir(), 'workshop-schema-')), 'w.db');

describe('SQLite schema versions', () => {
  it('upgrades a file from before versions were recorded and keeps its rows', async () => {
    const f = file();
    // The first release's tables, as a facilitator's old workshop.db has them.
    const old = new Database(f);
    old.exec(`
      CREATE TABLE stories (hash TEXT PRIMARY KEY, story TEXT NOT NULL);
      CREATE TABLE sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,
        story_hash TEXT NOT NULL REFERENCES stories(hash), seed INTEGER NOT NULL,
        phase TEXT NOT NULL, revealed INTEGER NOT NULL DEFAULT 0,
        host_token_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
      CREATE TABLE teams (id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id),
        name TEXT NOT NULL, token_hash TEXT NOT NULL, joined_at INTEGER NOT NULL);
      INSERT INTO stories VALUES ('h', '{}');
      INSERT INTO sessions VALUES ('s1', 'OLDOLD', 'h', 5, 'playing', 0, 'x', ${Date.now()});
      INSERT INTO teams VALUES ('t1', 's1', 'Night shift', 'y', ${Date.now()});
    `);
    old.close();
    const store = sqliteStore(f);
    const state = await store.loadAll();
    expect(state.sessions.map((s) => [s.code, s.joiningClosed, s.endedAt])).toEqual([
      ['OLDOLD', false, null],
    ]);
    expect(state.teams.map((t) => [t.name, t.device])).toEqual([['Night shift', '']]);
    expect(await store.appendChoice({ teamId: 't1', step: 0, index: 0, at: 1 })).toBe('stored');
    await store.close();
    const db = new Database(f, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    db.close();
    expect(versions).toEqual(Array.from({ length: LATEST_SCHEMA }, (_, i) => ({ version: i + 1 })));
  });

  it('refuses a database made by a newer version instead of writing to it', () => {
    const f = file();
    sqliteStore(f).close();
    const db = new Database(f);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, 0)').run(
      LATEST_SCHEMA + 1,
    );
    db.close();
    expect(() => sqliteStore(f)).toThrow(
      new RegExp(`${f}.*schema version ${LATEST_SCHEMA + 1}.*newer Serving Moments`),
    );
  });
});
