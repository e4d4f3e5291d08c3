import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { now, postgresServer, storeKinds, storesOf, team } from '../../test/helpers/store-kinds.ts';
import { postgresStore } from './pg-store.ts';
import { LATEST_SCHEMA } from './schema-version.ts';

// Schema versions: an older database is upgraded with its rows intact, and a newer one refused.

const kinds = storeKinds();

describe.each(kinds)('the $name store', (kind) => {
  const { open, seeded } = storesOf(kind);

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
});

describe('the Postgres store and its server', () => {
  it('records its schema version once, and refuses a database from a newer version', async () => {
    const url = postgresServer().createDatabase('versions');
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
});
