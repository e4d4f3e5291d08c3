import type Database from 'better-sqlite3';
import type { BanRecord, ChoiceRecord, SessionRecord, StoredState, TeamRecord } from './store.ts';
import { isInt, isText, sessionOf, storyOf, teamOf, type Row } from './store-rows.ts';
import type { WorkshopStory } from './workshop-story.ts';

/**
 * Reads the sessions that are not archived (or the one with `code`), with only their teams, choices and stories, one row
 * at a time: a row that cannot be read is reported in `problems` (table, key, why) and skipped,
 * and everything else still loads.
 */
export function loadLive(db: Database.Database, code?: string): StoredState {
  const problems: string[] = [];
  const where = code === undefined ? 'archived = 0' : 'archived = 0 AND code = @code';
  const rows = (sql: string) =>
    code === undefined
      ? db.prepare<[], Row>(sql).iterate()
      : db.prepare<[{ code: string }], Row>(sql).iterate({ code });
  const live = `SELECT id FROM sessions WHERE ${where}`;
  const stories: WorkshopStory[] = [];
  for (const r of rows(
    `SELECT hash, story FROM stories WHERE hash IN (SELECT story_hash FROM sessions WHERE ${where})`,
  )) {
    const story = storyOf(r);
    if (typeof story === 'string') problems.push(`stories ${String(r.hash)}: ${story}`);
    else stories.push(story);
  }
  const sessions: SessionRecord[] = [];
  for (const r of rows(`SELECT * FROM sessions WHERE ${where} ORDER BY created_at`)) {
    const session = sessionOf(r);
    if (typeof session === 'string') problems.push(`sessions ${String(r.id)}: ${session}`);
    else sessions.push(session);
  }
  const teams: TeamRecord[] = [];
  for (const r of rows(
    `SELECT * FROM teams WHERE session_id IN (${live}) ORDER BY joined_at, rowid`,
  )) {
    const team = teamOf(r);
    if (typeof team === 'string') problems.push(`teams ${String(r.id)}: ${team}`);
    else teams.push(team);
  }
  const choices: ChoiceRecord[] = [];
  for (const r of rows(
    `SELECT c.team_id, c.step, c.idx, c.at FROM choices c JOIN teams t ON t.id = c.team_id
     WHERE t.session_id IN (${live}) ORDER BY c.team_id, c.step`,
  )) {
    if (isText(r.team_id) && isInt(r.step) && isInt(r.idx) && isInt(r.at)) {
      choices.push({ teamId: r.team_id, step: r.step, index: r.idx, at: r.at });
    } else problems.push(`choices ${String(r.team_id)} step ${String(r.step)}: not numbers`);
  }
  const bans: BanRecord[] = [];
  for (const r of rows(`SELECT session_id, key FROM bans WHERE session_id IN (${live})`)) {
    if (isText(r.session_id) && isText(r.key)) bans.push({ sessionId: r.session_id, key: r.key });
  }
  return { stories, sessions, teams, choices, bans, problems };
}
