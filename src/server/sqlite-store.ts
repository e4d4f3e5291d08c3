import Database from 'better-sqlite3';
import type { Phase } from './protocol.ts';
import type {
  ChoiceRecord,
  SessionRecord,
  StoredState,
  TeamRecord,
  WorkshopStore,
} from './store.ts';
import type { WorkshopStory } from './workshop-story.ts';

const SCHEMA = `
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
`;

interface SessionRow {
  id: string;
  code: string;
  story_hash: string;
  seed: number;
  phase: Phase;
  revealed: number;
  host_token_hash: string;
  created_at: number;
}

/**
 * SQLite through better-sqlite3: synchronous, so a write is committed to the database before the
 * next line runs. WAL with synchronous=NORMAL: a killed or crashed server loses nothing that was
 * acknowledged (the commit is in the WAL file); only a power cut within the OS's flush interval
 * could. FULL would fsync every choice and cost about 6 ms each (docs/workshop.md).
 * ':memory:' gives tests the same store without a file.
 */
export function sqliteStore(file: string): WorkshopStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  const insertStory = db.prepare('INSERT OR IGNORE INTO stories (hash, story) VALUES (?, ?)');
  const insertSession = db.prepare(
    `INSERT INTO sessions (id, code, story_hash, seed, phase, revealed, host_token_hash, created_at)
     VALUES (@id, @code, @storyHash, @seed, @phase, @revealed, @hostTokenHash, @createdAt)`,
  );
  const updatePhase = db.prepare('UPDATE sessions SET phase = ?, revealed = ? WHERE id = ?');
  const insertTeam = db.prepare(
    'INSERT INTO teams (id, session_id, name, token_hash, joined_at) VALUES (@id, @sessionId, @name, @tokenHash, @joinedAt)',
  );
  const deleteTeam = db.prepare('DELETE FROM teams WHERE id = ?');
  const insertChoice = db.prepare(
    'INSERT INTO choices (team_id, step, idx, at) VALUES (@teamId, @step, @index, @at)',
  );
  return {
    saveStory: (story: WorkshopStory) => void insertStory.run(story.hash, JSON.stringify(story)),
    createSession: (s: SessionRecord) =>
      void insertSession.run({ ...s, revealed: s.revealed ? 1 : 0 }),
    setPhase: (id, phase, revealed) => void updatePhase.run(phase, revealed ? 1 : 0, id),
    addTeam: (t: TeamRecord) => void insertTeam.run(t),
    removeTeam: (id) => void deleteTeam.run(id),
    appendChoice: (c: ChoiceRecord) => void insertChoice.run(c),
    loadAll: (): StoredState => ({
      stories: db
        .prepare<[], { story: string }>('SELECT story FROM stories')
        .all()
        .map((r) => JSON.parse(r.story) as WorkshopStory),
      sessions: db
        .prepare<[], SessionRow>('SELECT * FROM sessions ORDER BY created_at')
        .all()
        .map((r) => ({
          id: r.id,
          code: r.code,
          storyHash: r.story_hash,
          seed: r.seed,
          phase: r.phase,
          revealed: r.revealed === 1,
          hostTokenHash: r.host_token_hash,
          createdAt: r.created_at,
        })),
      teams: db
        .prepare<
          [],
          TeamRecord
        >('SELECT id, session_id AS sessionId, name, token_hash AS tokenHash, joined_at AS joinedAt FROM teams ORDER BY joined_at, rowid')
        .all(),
      choices: db
        .prepare<
          [],
          ChoiceRecord
        >('SELECT team_id AS teamId, step, idx AS "index", at FROM choices ORDER BY team_id, step')
        .all(),
    }),
    close: () => db.close(),
  };
}
