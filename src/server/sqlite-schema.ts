import type Database from 'better-sqlite3';

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

/** Columns added after the first release, so a database from an older version opens as it is. */
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

/** Creates the tables, adds the columns an older file lacks, and the indexes restore relies on. */
export function migrate(db: Database.Database): void {
  db.exec(TABLES);
  for (const [table, column, definition] of ADDED) {
    const columns = db.pragma(`table_info(${table})`) as { name: string }[];
    if (!columns.some((c) => c.name === column)) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
    }
  }
  db.exec(INDEXES);
}
