import type pg from 'pg';
import type { BanRecord, ChoiceRecord, SessionRecord, StoredState, TeamRecord } from './store.ts';
import { isInt, isText, sessionOf, storyOf, teamOf, type Row } from './store-rows.ts';
import type { WorkshopStory } from './workshop-story.ts';

/**
 * Reads the sessions that are not archived (or the one with `code`), with their teams, choices, bans and stories; a row
 * that cannot be read is reported in `problems` and skipped, as the SQLite store does.
 */
export async function loadLivePostgres(pool: pg.Pool, code?: string): Promise<StoredState> {
  const problems: string[] = [];
  const where = code === undefined ? 'archived = 0' : 'archived = 0 AND code = $1';
  const rows = async (sql: string) =>
    (await pool.query<Row>(sql, code === undefined ? [] : [code])).rows;
  const LIVE = `SELECT id FROM sessions WHERE ${where}`;
  const stories: WorkshopStory[] = [];
  for (const r of await rows(
    `SELECT hash, story FROM stories WHERE hash IN (SELECT story_hash FROM sessions WHERE ${where})`,
  )) {
    const story = storyOf(r);
    if (typeof story === 'string') problems.push(`stories ${String(r.hash)}: ${story}`);
    else stories.push(story);
  }
  const sessions: SessionRecord[] = [];
  for (const r of await rows(`SELECT * FROM sessions WHERE ${where} ORDER BY created_at`)) {
    const session = sessionOf(r);
    if (typeof session === 'string') problems.push(`sessions ${String(r.id)}: ${session}`);
    else sessions.push(session);
  }
  const teams: TeamRecord[] = [];
  for (const r of await rows(
    `SELECT * FROM teams WHERE session_id IN (${LIVE}) ORDER BY joined_at, joined_order`,
  )) {
    const team = teamOf(r);
    if (typeof team === 'string') problems.push(`teams ${String(r.id)}: ${team}`);
    else teams.push(team);
  }
  const choices: ChoiceRecord[] = [];
  for (const r of await rows(
    `SELECT c.team_id, c.step, c.idx, c.at FROM choices c JOIN teams t ON t.id = c.team_id
     WHERE t.session_id IN (${LIVE}) ORDER BY c.team_id, c.step`,
  )) {
    if (isText(r.team_id) && isInt(r.step) && isInt(r.idx) && isInt(r.at)) {
      choices.push({ teamId: r.team_id, step: r.step, index: r.idx, at: r.at });
    } else problems.push(`choices ${String(r.team_id)} step ${String(r.step)}: not numbers`);
  }
  const bans: BanRecord[] = [];
  for (const r of await rows(`SELECT session_id, key FROM bans WHERE session_id IN (${LIVE})`)) {
    if (isText(r.session_id) && isText(r.key)) bans.push({ sessionId: r.session_id, key: r.key });
  }
  return { stories, sessions, teams, choices, bans, problems };
}
