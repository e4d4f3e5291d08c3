import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { postgresStore } from '../../src/server/pg-store.ts';
import { sqliteStore } from '../../src/server/sqlite-store.ts';
import type { WorkshopStore } from '../../src/server/store.ts';
import { startPostgres, type PostgresServer } from './services.ts';
import { storeRecords } from './store-records.ts';
import { fixtureStory } from './workshop-fixtures.ts';

// One contract, two stores: the store-*.test.ts files check that what the session manager relies
// on holds for SQLite and for a real Postgres server alike. Each file gets its own Postgres.

export const story = fixtureStory('test/fixtures/small-desk.ink');
export const now = Date.now();
export const { session, team, seed } = storeRecords(story, now);

/** A fresh, empty database: `open` opens it again, as another process or a restart would. */
export interface FreshDatabase {
  open: () => Promise<WorkshopStore>;
  /** Runs raw SQL on it, beside the store, as an older version or a broken row would leave it. */
  exec: (sql: string) => Promise<void>;
}

export interface StoreKind {
  name: 'SQLite' | 'Postgres';
  fresh(): Promise<FreshDatabase>;
}

let postgres: PostgresServer | undefined;
let databases = 0;

/** The file's Postgres server (started in beforeAll by `storeKinds`). */
export function postgresServer(): PostgresServer {
  if (!postgres) throw new Error('Postgres starts in beforeAll: call storeKinds() at the top');
  return postgres;
}

/**
 * Starts one Postgres server for the test file and returns both kinds of store, for
 * `describe.each(storeKinds())`.
 */
export function storeKinds(): StoreKind[] {
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 120_000);
  afterAll(() => postgres?.destroy(), 60_000);
  return [
    {
      name: 'SQLite',
      fresh: async () => {
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'workshop-contract-')), 'w.db');
        return {
          open: async () => sqliteStore(file),
          exec: async (sql) => {
            const db = new Database(file);
            db.exec(sql);
            db.close();
          },
        };
      },
    },
    {
      name: 'Postgres',
      fresh: async () => {
        const url = postgresServer().createDatabase(`contract${++databases}`);
        return {
          open: () => postgresStore(url),
          exec: async (sql) => {
            const client = new pg.Client(url);
            await client.connect();
            await client.query(sql);
            await client.end();
          },
        };
      },
    },
  ];
}

/**
 * Inside a `describe.each(storeKinds())` block: `open` a database's store (closed after the
 * block), and `seeded`, a fresh database holding the story, session s1 (AAAAAA) and two teams,
 * t1 "Night shift" and t2 "Day shift".
 */
export function storesOf(kind: StoreKind) {
  const opened: WorkshopStore[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => undefined);
  }, 60_000);
  const open = async (db: FreshDatabase) => {
    const store = await db.open();
    opened.push(store);
    return store;
  };
  const seeded = async () => {
    const db = await kind.fresh();
    const store = await open(db);
    await store.saveStory(story); // saved again by seed: a story is stored once, however often saved
    await seed(store, [team('t1', 's1', 'Night shift'), team('t2', 's1', 'Day shift')]);
    return { db, store };
  };
  return { open, seeded };
}
