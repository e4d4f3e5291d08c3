import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { loadLive } from './sqlite-load.ts';
import { migrate } from './sqlite-schema.ts';
import type { BanRecord, ChoiceRecord, SessionRecord, TeamRecord, WorkshopStore } from './store.ts';
import type { WorkshopStory } from './workshop-story.ts';

/** The file as it was when opened: a different inode later means it was replaced. */
function identity(file: string): string | undefined {
  try {
    const s = statSync(file);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
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
  migrate(db);
  const onDisk = file !== ':memory:' && file !== '';
  const opened = onDisk ? identity(file) : undefined;
  const insertStory = db.prepare('INSERT OR IGNORE INTO stories (hash, story) VALUES (?, ?)');
  const insertSession = db.prepare(
    `INSERT INTO sessions (id, code, story_hash, seed, phase, revealed, host_token_hash,
       recovery_hash, joining_closed, created_at, ended_at)
     VALUES (@id, @code, @storyHash, @seed, @phase, @revealed, @hostTokenHash,
       @recoveryHash, @joiningClosed, @createdAt, @endedAt)`,
  );
  const updatePhase = db.prepare(
    'UPDATE sessions SET phase = ?, revealed = ?, ended_at = ? WHERE id = ?',
  );
  const updateJoining = db.prepare('UPDATE sessions SET joining_closed = ? WHERE id = ?');
  const updateHost = db.prepare('UPDATE sessions SET host_token_hash = ? WHERE id = ?');
  const insertTeam = db.prepare(
    `INSERT INTO teams (id, session_id, name, token_hash, joined_at, device)
     VALUES (@id, @sessionId, @name, @tokenHash, @joinedAt, @device)`,
  );
  const deleteTeam = db.prepare('DELETE FROM teams WHERE id = ?');
  const insertBan = db.prepare('INSERT OR IGNORE INTO bans (session_id, key) VALUES (?, ?)');
  const insertChoice = db.prepare(
    'INSERT INTO choices (team_id, step, idx, at) VALUES (@teamId, @step, @index, @at)',
  );
  const archive = db.prepare<[number, number], { id: string }>(
    `UPDATE sessions SET archived = 1 WHERE archived = 0
       AND ((ended_at IS NOT NULL AND ended_at < ?) OR created_at < ?) RETURNING id`,
  );
  const purge = db.transaction((before: number) => {
    const old = `SELECT id FROM sessions WHERE archived = 1 AND created_at < ${Number(before)}`;
    const teams = `SELECT id FROM teams WHERE session_id IN (${old})`;
    db.exec(`DELETE FROM choices WHERE team_id IN (${teams})`);
    db.exec(`DELETE FROM teams WHERE session_id IN (${old})`);
    db.exec(`DELETE FROM bans WHERE session_id IN (${old})`);
    const gone = db.prepare(`DELETE FROM sessions WHERE id IN (${old})`).run().changes;
    db.exec('DELETE FROM stories WHERE hash NOT IN (SELECT story_hash FROM sessions)');
    return gone;
  });
  return {
    saveStory: (story: WorkshopStory) => void insertStory.run(story.hash, JSON.stringify(story)),
    createSession: (s: SessionRecord) =>
      void insertSession.run({
        ...s,
        revealed: s.revealed ? 1 : 0,
        joiningClosed: s.joiningClosed ? 1 : 0,
      }),
    setPhase: (id, phase, revealed, at) =>
      void updatePhase.run(phase, revealed ? 1 : 0, phase === 'ended' ? at : null, id),
    setJoiningClosed: (id, closed) => void updateJoining.run(closed ? 1 : 0, id),
    setHostToken: (id, hash) => void updateHost.run(hash, id),
    addTeam: (t: TeamRecord) => void insertTeam.run(t),
    removeTeam: (id) => void deleteTeam.run(id),
    addBan: (b: BanRecord) => void insertBan.run(b.sessionId, b.key),
    appendChoice: (c: ChoiceRecord) => void insertChoice.run(c),
    loadAll: () => loadLive(db),
    archive: (endedBefore, createdBefore) =>
      archive.all(endedBefore, createdBefore).map((r) => r.id),
    purge: (createdBefore) => purge(createdBefore),
    problem: () => {
      if (!onDisk) return undefined;
      const now = identity(file);
      if (now === opened) return undefined;
      return now === undefined
        ? `The database file ${file} was deleted while the server was running.`
        : `The database file ${file} was replaced by another file while the server was running.`;
    },
    close: () => db.close(),
  };
}
