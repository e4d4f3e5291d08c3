import type Database from 'better-sqlite3';
import { nameKeysFor, type NamedTeam } from './name-keys.ts';
import { pendingVersions } from './schema-version.ts';

const TABLES = `
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
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS teams (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  joined_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS choices (
  team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (team_id, step)
);
CREATE TABLE IF NOT EXISTS bans (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  PRIMARY KEY (session_id, key)
);
`;

/** Columns added before versions were recorded, so a database from then opens as it is. */
const ADDED: [table: string, column: string, definition: string][] = [
  ['sessions', 'recovery_hash', "TEXT NOT NULL DEFAULT ''"],
  ['sessions', 'joining_closed', 'INTEGER NOT NULL DEFAULT 0'],
  ['sessions', 'ended_at', 'INTEGER'],
  ['sessions', 'archived', 'INTEGER NOT NULL DEFAULT 0'],
  ['teams', 'device', "TEXT NOT NULL DEFAULT ''"],
];

const INDEXES = `
CREATE INDEX IF NOT EXISTS teams_by_session ON teams(session_id);
CREATE INDEX IF NOT EXISTS sessions_live ON sessions(archived, created_at);
`;

/** Version 1 is the schema as it stood when versions began: safe to run on any file from then. */
function version1(db: Database.Database): void {
  db.exec(TABLES);
  for (const [table, column, definition] of ADDED) {
    const columns = db.pragma(`table_info(${table})`) as { name: string }[];
    if (!columns.some((c) => c.name === column)) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
    }
  }
  db.exec(INDEXES);
}

/** Version 2: each team's look-alike name key, unique per session (name-keys.ts). */
function version2(db: Database.Database): void {
  db.exec('ALTER TABLE teams ADD COLUMN name_key TEXT');
  const teams = db
    .prepare('SELECT id, session_id AS sessionId, name FROM teams ORDER BY joined_at, rowid')
    .all() as NamedTeam[];
  const set = db.prepare('UPDATE teams SET name_key = ? WHERE id = ?');
  for (const { id, key } of nameKeysFor(teams)) set.run(key, id);
  db.exec('CREATE UNIQUE INDEX teams_name_once ON teams(session_id, name_key)');
}

const STEPS: Record<number, (db: Database.Database) => void> = {
  1: version1,
  2: version2,
};

/** The version this database is at: 0 for an empty file or one from before versions. */
export function schemaVersion(db: Database.Database): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!table) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as {
    v: number | null;
  };
  return row.v ?? 0;
}

/** Brings the database to the latest version, one recorded step at a time, each in a transaction. */
export function migrate(db: Database.Database, where = 'The database'): void {
  const pending = pendingVersions(schemaVersion(db), where);
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)',
  );
  for (const v of pending) {
    db.transaction(() => {
      STEPS[v]!(db);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        v,
        Date.now(),
      );
    })();
  }
}
