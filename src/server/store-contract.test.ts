import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../test/helpers/services.ts';
import { storeRecords } from '../../test/helpers/store-records.ts';
import { fixtureStory } from '../../test/helpers/workshop-fixtures.ts';
import { postgresStore } from './pg-store.ts';
import { LATEST_SCHEMA } from './schema-version.ts';
import { sqliteStore } from './sqlite-store.ts';
import type { WorkshopStore } from './store.ts';

// One contract, two stores: what the session manager relies on holds for SQLite and for a real
// Postgres server alike.

const story = fixtureStory('test/fixtures/small-desk.ink');
const now = Date.now();
const { session, team, seed } = storeRecords(story, now);

interface Kind {
  name: string;
  /** A fresh, empty database; `open` opens it again, as another process or a restart would. */
  fresh(): Promise<{ open: () => Promise<WorkshopStore>; exec: (sql: string) => Promise<void> }>;
}

let postgres: PostgresServer | undefined;
let databases = 0;
const kinds: Kind[] = [
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
      const url = postgres!.createDatabase(`contract${++databases}`);
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

beforeAll(async () => {
  postgres = await startPostgres();
}, 120_000);
afterAll(() => postgres?.destroy(), 60_000);

describe.each(kinds)('the $name store', (kind) => {
  const opened: WorkshopStore[] = [];
  const open = async (db: { open: () => Promise<WorkshopStore> }) => {
    const store = await db.open();
    opened.push(store);
    return store;
  };
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => undefined);
  }, 60_000);

  async function seeded() {
    const db = await kind.fresh();
    const store = await open(db);
    await store.saveStory(story); // saved again by seed: a story is stored once, however often saved
    await seed(store, [team('t1', 's1', 'Night shift'), team('t2', 's1', 'Day shift')]);
    return { db, store };
  }

  it('lets one team per session hold a name and its look-alikes, even with two writers racing', async () => {
    const { db, store } = await seeded();
    expect(await store.addTeam(team('t3', 's1', 'NIGHT  Shift'))).toBe('name-taken');
    await store.createSession(session('s2', 'BBBBBB'));
    expect(await store.addTeam(team('t3', 's2', 'Night shift'))).toBe('added');
    const other = await open(db); // another process on the same database
    const raced = await Promise.all([
      store.addTeam(team('t4', 's2', 'Alpha')),
      other.addTeam(team('t5', 's2', 'ALPHA')),
    ]);
    expect(raced.sort()).toEqual(['added', 'name-taken']);
    const names = (await other.loadSession('BBBBBB')).teams.map((t) => t.name);
    expect(names).toHaveLength(2);
    expect(names).toContain('Night shift');
  });

  it('admits a joining team only as the session is stored, whoever changed it', async () => {
    const { store } = await seeded();
    const admit = (id: string, name: string, maxTeams = 300, device = `device-${id}`) =>
      store.addTeam({ ...team(id, 's1', name), device }, { maxTeams });
    expect(await admit('t3', 'Full house', 2)).toBe('refused'); // two teams already
    expect(await admit('t3', 'NIGHT shift')).toBe('name-taken');
    await store.addBan({ sessionId: 's1', key: 'name:gone' });
    await store.addBan({ sessionId: 's1', key: 'device:phone-9' });
    expect(await admit('t3', 'Gone')).toBe('refused');
    expect(await admit('t3', 'Fresh name', 300, 'phone-9')).toBe('refused');
    await store.setJoiningClosed('s1', true);
    expect(await admit('t3', 'Late shift')).toBe('refused');
    await store.setJoiningClosed('s1', false);
    await store.setPhase('s1', 'locked', false, now);
    expect(await admit('t3', 'Late shift')).toBe('refused');
    await store.setPhase('s1', 'playing', false, now);
    expect(await admit('t3', 'Late shift', 3)).toBe('added');
    expect((await store.loadSession('AAAAAA')).teams.map((t) => t.name)).toEqual([
      'Night shift',
      'Day shift',
      'Late shift',
    ]);
  });

  it('upgrades a version 1 database whose session already holds two look-alike names', async () => {
    const { db, store } = await seeded();
    expect(await store.appendChoice({ teamId: 't1', step: 0, index: 1, at: now })).toBe('stored');
    await store.close();
    // Version 1 as it was (no name key, no unique index), with a second "Night shift" admitted by
    // another process at the same instant, which had made a choice too.
    await db.exec(`
      DROP INDEX teams_name_once;
      ALTER TABLE teams DROP COLUMN name_key;
      DELETE FROM schema_migrations WHERE version = 2;
      INSERT INTO teams (id, session_id, name, token_hash, joined_at, device)
        VALUES ('t9', 's1', 'NIGHT SHIFT', '${'b'.repeat(64)}', ${now + 1}, 'device-t9');
      INSERT INTO choices (team_id, step, idx, at) VALUES ('t9', 0, 0, ${now + 2});
    `);
    const upgraded = await open(db);
    const state = await upgraded.loadAll();
    expect(state.teams.map((t) => t.name)).toEqual(['Night shift', 'Day shift', 'NIGHT SHIFT']);
    expect(state.choices.map((c) => [c.teamId, c.index])).toEqual([
      ['t1', 1],
      ['t9', 0],
    ]);
    expect(await upgraded.addTeam(team('t10', 's1', 'night shift'))).toBe('name-taken');
    expect(await upgraded.addTeam(team('t11', 's1', 'Late shift'))).toBe('added');
  });

  it('gives back what was written, after it is opened again', async () => {
    const { db, store } = await seeded();
    await store.appendChoice({ teamId: 't1', step: 0, index: 1, at: now + 1 });
    await store.appendChoice({ teamId: 't1', step: 1, index: 0, at: now + 2 });
    await store.setPhase('s1', 'locked', false, now + 3);
    await store.setJoiningClosed('s1', true);
    await store.setHostToken('s1', 'c'.repeat(64));
    await store.addBan({ sessionId: 's1', key: 'name:day shift' });
    await store.addBan({ sessionId: 's1', key: 'name:day shift' });
    await store.removeTeam('t2');
    await store.close();
    const state = await (await open(db)).loadAll();
    expect(state.problems).toEqual([]);
    expect(state.stories.map((s) => s.hash)).toEqual([story.hash]);
    expect(state.stories[0]).toEqual(JSON.parse(JSON.stringify(story)));
    expect(state.sessions).toEqual([
      session('s1', 'AAAAAA', {
        phase: 'locked',
        joiningClosed: true,
        hostTokenHash: 'c'.repeat(64),
      }),
    ]);
    expect(state.teams).toEqual([team('t1', 's1', 'Night shift')]);
    expect(state.choices).toEqual([
      { teamId: 't1', step: 0, index: 1, at: now + 1 },
      { teamId: 't1', step: 1, index: 0, at: now + 2 },
    ]);
    expect(state.bans).toEqual([{ sessionId: 's1', key: 'name:day shift' }]);
  });

  it('reports a row it cannot read and still loads every other', async () => {
    const { db, store } = await seeded();
    await store.createSession(session('s2', 'BBBBBB'));
    await store.addTeam(team('t3', 's2', 'Late shift'));
    await store.appendChoice({ teamId: 't1', step: 0, index: 1, at: now + 1 });
    await db.exec(`UPDATE sessions SET phase = 'bogus' WHERE id = 's2'`);
    const state = await store.loadAll();
    expect(state.sessions.map((s) => s.id)).toEqual(['s1']);
    expect(state.problems).toContain("sessions s2: unknown phase 'bogus'");
    expect(state.choices).toEqual([{ teamId: 't1', step: 0, index: 1, at: now + 1 }]);
  });

  it('keeps a team’s choices in order and exactly once', async () => {
    const { store } = await seeded();
    const choose = (teamId: string, step: number, index: number) =>
      store.appendChoice({ teamId, step, index, at: now });
    expect(await choose('t1', 1, 0)).toBe('out-of-turn'); // step 0 is missing
    expect(await choose('t1', 0, 1)).toBe('stored');
    expect(await choose('t1', 0, 1)).toBe('duplicate'); // resent after a lost acknowledgement
    expect(await choose('t1', 0, 0)).toBe('out-of-turn'); // another option at a taken step
    expect(await choose('t1', 1, 0)).toBe('stored');
    expect(await choose('nobody', 0, 0)).toBe('closed');
    await store.setPhase('s1', 'locked', false, now);
    expect(await choose('t2', 0, 0)).toBe('closed');
    await store.setPhase('s1', 'playing', false, now);
    await store.removeTeam('t2');
    expect(await choose('t2', 0, 0)).toBe('closed');
    expect((await store.teamChoices('t1')).map((c) => [c.step, c.index])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('judges each of many choices sent at once as if it came alone', async () => {
    const { store } = await seeded();
    await store.addTeam(team('t3', 's1', 'Late shift'));
    await store.addTeam(team('t4', 's1', 'Early shift'));
    await store.createSession(session('s2', 'BBBBBB', { phase: 'locked' }));
    await store.addTeam(team('t5', 's2', 'Locked out'));
    expect(await store.appendChoice({ teamId: 't2', step: 0, index: 0, at: now })).toBe('stored');
    // Sent in one turn of the event loop: a store that commits them together must still tell
    // each apart, including the same choice twice and a team removed while they are on their way.
    const choose = (teamId: string, step: number, index: number) =>
      store.appendChoice({ teamId, step, index, at: now });
    const sent = [
      choose('t1', 0, 1),
      choose('t1', 0, 1),
      choose('t2', 0, 0),
      choose('t2', 2, 0),
      choose('t3', 0, 1),
      choose('t4', 0, 0),
      choose('t5', 0, 0),
      choose('nobody', 0, 0),
    ];
    const removed = store.removeTeam('t4');
    const results = await Promise.all(sent);
    await removed;
    expect(results.slice(0, 2).sort()).toEqual(['duplicate', 'stored']);
    expect(results.slice(2, 5)).toEqual(['duplicate', 'out-of-turn', 'stored']);
    // Removed before or after its choice was stored: either is a true answer, never an error.
    expect(['stored', 'closed']).toContain(results[5]);
    expect(results.slice(6)).toEqual(['closed', 'closed']);
    const state = await store.loadSession('AAAAAA');
    expect(state.choices.map((c) => [c.teamId, c.step, c.index])).toEqual([
      ['t1', 0, 1],
      ['t2', 0, 0],
      ['t3', 0, 1],
    ]);
  });

  it('takes each step once when two processes send the same choices at the same time', async () => {
    const { db, store } = await seeded();
    const other = await open(db);
    const results: string[] = [];
    for (let step = 0; step < 12; step++) {
      const both = await Promise.all(
        [store, other].map((s) => s.appendChoice({ teamId: 't1', step, index: step % 2, at: now })),
      );
      results.push(both.sort().join('+'));
    }
    expect(new Set(results)).toEqual(new Set(['duplicate+stored']));
    const stored = await other.teamChoices('t1');
    expect(stored.map((c) => c.step)).toEqual([...Array(12).keys()]);
  });

  it('archives old sessions, stops loading them, and purges them after retention', async () => {
    const { db, store } = await seeded();
    const old = now - 48 * 60 * 60_000;
    await store.createSession(session('s2', 'BBBBBB', { createdAt: old }));
    await store.addTeam(team('t3', 's2', 'Old team'));
    await store.appendChoice({ teamId: 't3', step: 0, index: 0, at: old });
    await store.setPhase('s2', 'ended', true, old + 60_000);
    expect(await store.archive(now - 60 * 60_000, now - 7 * 24 * 60 * 60_000)).toEqual(['s2']);
    expect((await store.loadAll()).sessions.map((s) => s.code)).toEqual(['AAAAAA']);
    expect(await store.purge(now - 24 * 60 * 60_000)).toBe(1);
    expect(await store.teamChoices('t3')).toEqual([]);
    expect(await store.purge(now)).toBe(0);
    const again = await open(db);
    expect((await again.loadAll()).teams.map((t) => t.id)).toEqual(['t1', 't2']);
  });
});

describe('the Postgres store and its server', () => {
  it('records its schema version once, and refuses a database from a newer version', async () => {
    const url = postgres!.createDatabase('versions');
    await (await postgresStore(url)).close();
    await (await postgresStore(url)).close(); // a second process starting migrates nothing again
    const client = new pg.Client(url);
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(
        Array.from({ length: LATEST_SCHEMA }, (_, i) => i + 1),
      );
      await client.query('INSERT INTO schema_migrations VALUES ($1, 0)', [LATEST_SCHEMA + 1]);
    } finally {
      await client.end();
    }
    await expect(postgresStore(url)).rejects.toThrow(
      new RegExp(`schema version ${LATEST_SCHEMA + 1}.*newer Serving Moments`),
    );
  });

  it('admits no more teams than the room holds when two processes take joins at the same instant', async () => {
    const url = postgres!.createDatabase('room-race');
    const [a, b] = [await postgresStore(url), await postgresStore(url)];
    try {
      await seed(a, [team('t1', 's1', 'Night shift')]);
      // Every connection of both pools open first, so the joins below really run side by side.
      const warm = (i: number) =>
        (i % 2 ? a : b).addTeam(team(`w${i}`, 's1', `Warm ${i}`), { maxTeams: 1 });
      await Promise.all(Array.from({ length: 20 }, (_, i) => warm(i)));
      // Room for one more; twenty joins arrive at once, half through each process.
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? a : b).addTeam(team(`j${i}`, 's1', `Team ${i}`), { maxTeams: 2 }),
        ),
      );
      expect(outcomes.filter((o) => o === 'added')).toHaveLength(1);
      expect((await a.loadSession('AAAAAA')).teams).toHaveLength(2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps every acknowledged choice through a crash of Postgres, and says while it is away', async () => {
    const url = postgres!.createDatabase('crash');
    const store = await postgresStore(url);
    try {
      await store.saveStory(story);
      await store.createSession(session('s1', 'AAAAAA'));
      await store.addTeam(team('t1', 's1', 'Night shift'));
      for (let step = 0; step < 5; step++) {
        expect(await store.appendChoice({ teamId: 't1', step, index: 0, at: now })).toBe('stored');
      }
      postgres!.stop('immediate'); // no checkpoint, no clean shutdown: as a crash
      await expect(
        store.appendChoice({ teamId: 't1', step: 5, index: 0, at: now }),
      ).rejects.toThrow();
      expect(store.problem()?.message).toMatch(/cannot be reached.*reconnecting/);
      postgres!.start();
      await expect.poll(() => store.problem(), { timeout: 15_000 }).toBeUndefined();
      expect((await store.teamChoices('t1')).length).toBe(5);
      expect(await store.appendChoice({ teamId: 't1', step: 5, index: 0, at: now })).toBe('stored');
    } finally {
      await store.close();
    }
  }, 60_000);
});
