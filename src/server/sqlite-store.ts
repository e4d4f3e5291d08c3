import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { loadLiveSqlite } from './sqlite-load.ts';
import { SqliteBatch } from './sqlite-batch.ts';
import { migrate } from './sqlite-schema.ts';
import { nameKey } from './team-name.ts';
import type {
  Admission,
  AppendResult,
  StoreProblem,
  BanRecord,
  ChoiceRecord,
  SessionRecord,
  TeamRecord,
  WorkshopStore,
} from './store.ts';
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

/** How long what `problem()` found about the file is trusted before it is looked at again. */
export const LOOK_EVERY_MS = 100;

const ADVICE =
  'Nothing more is being saved: stop the server, put back the database (or a backup from npm run workshop:backup) and start it again.';

/**
 * SQLite through better-sqlite3: synchronous underneath, so a write is committed to the database
 * when the call returns, except choices: those of one turn of the event loop are committed
 * together at its end (sqlite-batch.ts), and each promise settles after that commit. WAL with
 * synchronous=NORMAL: a killed or crashed server loses nothing that was acknowledged (the commit
 * is in the WAL file); only a power cut within the OS's flush interval could. FULL would fsync
 * every commit and cost about 6 ms each (docs/workshop.md).
 * ':memory:' gives tests the same store without a file.
 */
export function sqliteStore(file: string): WorkshopStore {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  try {
    migrate(db, `The database ${file}`);
  } catch (err) {
    db.close();
    throw err;
  }
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
    `INSERT INTO teams (id, session_id, name, token_hash, joined_at, device, name_key)
     VALUES (@id, @sessionId, @name, @tokenHash, @joinedAt, @device, @nameKey)
     ON CONFLICT (session_id, name_key) DO NOTHING`,
  );
  const admits = db.prepare(
    `SELECT EXISTS (SELECT 1 FROM sessions s WHERE s.id = @sessionId
                      AND s.phase IN ('lobby', 'playing') AND s.joining_closed = 0)
        AND NOT EXISTS (SELECT 1 FROM bans b WHERE b.session_id = @sessionId
                          AND b.key IN ('name:' || @nameKey, 'device:' || @device))
        AND (SELECT count(*) FROM teams WHERE session_id = @sessionId) < @maxTeams AS admitted`,
  );
  const deleteTeam = db.prepare('DELETE FROM teams WHERE id = ?');
  const insertBan = db.prepare('INSERT OR IGNORE INTO bans (session_id, key) VALUES (?, ?)');
  // The next step of a team that exists in a session that is playing, and only that.
  const insertChoice = db.prepare(
    `INSERT INTO choices (team_id, step, idx, at)
     SELECT @teamId, @step, @index, @at
     WHERE EXISTS (SELECT 1 FROM teams t JOIN sessions s ON s.id = t.session_id
                   WHERE t.id = @teamId AND s.phase = 'playing')
       AND (@step = 0 OR EXISTS (SELECT 1 FROM choices WHERE team_id = @teamId AND step = @step - 1))
     ON CONFLICT (team_id, step) DO NOTHING`,
  );
  const choiceAt = db.prepare<[string, number], { idx: number }>(
    'SELECT idx FROM choices WHERE team_id = ? AND step = ?',
  );
  const teamPlaying = db.prepare<[string], { phase: string }>(
    'SELECT s.phase FROM teams t JOIN sessions s ON s.id = t.session_id WHERE t.id = ?',
  );
  const choicesOf = db.prepare<[string], { step: number; idx: number; at: number }>(
    'SELECT step, idx, at FROM choices WHERE team_id = ? ORDER BY step',
  );
  const append = (c: ChoiceRecord): AppendResult => {
    if (insertChoice.run(c).changes === 1) return 'stored';
    const there = choiceAt.get(c.teamId, c.step);
    if (there) return there.idx === c.index ? 'duplicate' : 'out-of-turn';
    return teamPlaying.get(c.teamId)?.phase === 'playing' ? 'out-of-turn' : 'closed';
  };
  const choices = new SqliteBatch(db, append);
  /** Every write but a choice first commits the choices waiting, so writes keep their order. */
  const inOrder =
    <A extends unknown[], R>(write: (...args: A) => R) =>
    async (...args: A): Promise<R> => {
      choices.flush();
      return write(...args);
    };
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
  const fileProblem = (): StoreProblem | undefined => {
    const now = identity(file);
    if (now === opened) return undefined;
    const message =
      now === undefined
        ? `The database file ${file} was deleted while the server was running.`
        : `The database file ${file} was replaced by another file while the server was running.`;
    return { message, advice: ADVICE };
  };
  let lookedAt: { at: number; problem: StoreProblem | undefined } | undefined;
  // Each write but a choice runs now, inside the call; `async` only turns errors into rejections.
  return {
    saveStory: inOrder(
      (story: WorkshopStory) => void insertStory.run(story.hash, JSON.stringify(story)),
    ),
    createSession: inOrder(
      (s: SessionRecord) =>
        void insertSession.run({
          ...s,
          revealed: s.revealed ? 1 : 0,
          joiningClosed: s.joiningClosed ? 1 : 0,
        }),
    ),
    setPhase: inOrder(
      (id: string, phase: SessionRecord['phase'], revealed: boolean, at: number) =>
        void updatePhase.run(phase, revealed ? 1 : 0, phase === 'ended' ? at : null, id),
    ),
    setJoiningClosed: inOrder(
      (id: string, closed: boolean) => void updateJoining.run(closed ? 1 : 0, id),
    ),
    setHostToken: inOrder((id: string, hash: string) => void updateHost.run(hash, id)),
    addTeam: inOrder((t: TeamRecord, admission?: Admission) => {
      const row = { ...t, nameKey: nameKey(t.name) };
      const asked = admission && { ...row, maxTeams: admission.maxTeams };
      if (asked && (admits.get(asked) as { admitted: number }).admitted !== 1) return 'refused';
      return insertTeam.run(row).changes === 1 ? 'added' : 'name-taken';
    }),
    removeTeam: inOrder((id: string) => void deleteTeam.run(id)),
    addBan: inOrder((b: BanRecord) => void insertBan.run(b.sessionId, b.key)),
    appendChoice: (c: ChoiceRecord) => choices.add(c),
    teamChoices: inOrder((teamId: string) =>
      choicesOf.all(teamId).map((r) => ({ teamId, step: r.step, index: r.idx, at: r.at })),
    ),
    loadAll: inOrder(() => loadLiveSqlite(db)),
    loadSession: inOrder((code: string) => loadLiveSqlite(db, code)),
    archive: inOrder((endedBefore: number, createdBefore: number) =>
      archive.all(endedBefore, createdBefore).map((r) => r.id),
    ),
    purge: inOrder((createdBefore: number) => purge(createdBefore)),
    problem: (): StoreProblem | undefined => {
      if (!onDisk) return undefined;
      // Looked at most every LOOK_EVERY_MS: at a few hundred choices a second, a look per choice
      // was a stat call each. A choice in the moment after the file was deleted or replaced may be
      // written to the old file and acknowledged; from the next look on every choice is refused.
      const now = performance.now();
      if (lookedAt && now - lookedAt.at < LOOK_EVERY_MS) return lookedAt.problem;
      lookedAt = { at: now, problem: fileProblem() };
      return lookedAt.problem;
    },
    close: inOrder(() => void db.close()),
  };
}
