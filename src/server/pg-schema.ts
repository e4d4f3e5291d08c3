import type pg from 'pg';
import { nameKeysFor, type NamedTeam } from './name-keys.ts';
import { pendingVersions } from './schema-version.ts';

/**
 * The same tables as SQLite's, in Postgres: flags stay 0/1 integers and times milliseconds
 * (BIGINT), so both stores read rows back through one set of checks (store-rows.ts).
 */
const STEPS: Record<number, string | ((client: pg.PoolClient) => Promise<void>)> = {
  1: `
CREATE TABLE IF NOT EXISTS stories (
  hash TEXT PRIMARY KEY,
  story TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  story_hash TEXT NOT NULL REFERENCES stories(hash),
  seed INTEGER NOT NULL,
  phase TEXT NOT NULL,
  revealed INTEGER NOT NULL DEFAULT 0,
  host_token_hash TEXT NOT NULL,
  recovery_hash TEXT NOT NULL DEFAULT '',
  joining_closed INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  ended_at BIGINT,
  archived INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS teams (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  joined_at BIGINT NOT NULL,
  device TEXT NOT NULL DEFAULT '',
  joined_order BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE TABLE IF NOT EXISTS choices (
  team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (team_id, step)
);
CREATE TABLE IF NOT EXISTS bans (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  PRIMARY KEY (session_id, key)
);
CREATE INDEX IF NOT EXISTS teams_by_session ON teams(session_id);
CREATE INDEX IF NOT EXISTS sessions_live ON sessions(archived, created_at);
`,
  // Each team's look-alike name key, unique per session (name-keys.ts).
  2: async (client) => {
    await client.query('ALTER TABLE teams ADD COLUMN name_key TEXT');
    const { rows } = await client.query<NamedTeam>(
      'SELECT id, session_id AS "sessionId", name FROM teams ORDER BY joined_at, joined_order',
    );
    const keys = nameKeysFor(rows);
    await client.query(
      `UPDATE teams SET name_key = k.key FROM unnest($1::text[], $2::text[]) AS k(id, key)
       WHERE teams.id = k.id`,
      [keys.map((k) => k.id), keys.map((k) => k.key)],
    );
    await client.query('CREATE UNIQUE INDEX teams_name_once ON teams(session_id, name_key)');
  },
};

/**
 * Brings the database to the latest version in one transaction, under an advisory lock, so that
 * several server processes starting together migrate it once.
 */
export async function migratePostgres(pool: pg.Pool, where: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('serving-moments schema'))");
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
    );
    const { rows } = await client.query<{ v: number | null }>(
      'SELECT MAX(version) AS v FROM schema_migrations',
    );
    for (const v of pendingVersions(rows[0]?.v ?? 0, where)) {
      const step = STEPS[v]!;
      await (typeof step === 'string' ? client.query(step) : step(client));
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        v,
        Date.now(),
      ]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
