import type { BanRecord, ChoiceRecord, SessionRecord, StoredState, TeamRecord } from './store.ts';
import { isInt, isText, sessionOf, storyOf, teamOf, type Row } from './store-rows.ts';
import type { WorkshopStory } from './workshop-story.ts';

/** A store's few words of dialect. */
export interface LiveDialect {
  /** How the SQL names the bound join code, when one is given. */
  codeParam: string;
  /** The column that orders teams who joined in the same millisecond by their order of joining. */
  joinedOrder: string;
}

/** Runs the reads in order, each asked for as SQL and answered with its rows. */
type Reads = Generator<string, StoredState, Iterable<Row>>;

/**
 * Reads the sessions that are not archived (or the one with `code`), with only their teams,
 * choices, bans and stories, one row at a time: a row that cannot be read is reported in
 * `problems` (table, key, why) and skipped, and everything else still loads. One reader for both
 * stores, so a bad row is found and told the same way in SQLite and in Postgres.
 */
function* readLive(dialect: LiveDialect, code?: string): Reads {
  const problems: string[] = [];
  const where =
    code === undefined ? 'archived = 0' : `archived = 0 AND code = ${dialect.codeParam}`;
  const live = `SELECT id FROM sessions WHERE ${where}`;
  const stories: WorkshopStory[] = [];
  const storyRows: Iterable<Row> = yield `SELECT hash, story FROM stories
    WHERE hash IN (SELECT story_hash FROM sessions WHERE ${where})`;
  for (const r of storyRows) {
    const story = storyOf(r);
    if (typeof story === 'string') problems.push(`stories ${String(r.hash)}: ${story}`);
    else stories.push(story);
  }
  const sessions: SessionRecord[] = [];
  const sessionRows: Iterable<Row> = yield `SELECT * FROM sessions WHERE ${where}
    ORDER BY created_at`;
  for (const r of sessionRows) {
    const session = sessionOf(r);
    if (typeof session === 'string') problems.push(`sessions ${String(r.id)}: ${session}`);
    else sessions.push(session);
  }
  const teams: TeamRecord[] = [];
  const teamRows: Iterable<Row> = yield `SELECT * FROM teams WHERE session_id IN (${live})
    ORDER BY joined_at, ${dialect.joinedOrder}`;
  for (const r of teamRows) {
    const team = teamOf(r);
    if (typeof team === 'string') problems.push(`teams ${String(r.id)}: ${team}`);
    else teams.push(team);
  }
  const choices: ChoiceRecord[] = [];
  const choiceRows: Iterable<Row> = yield `SELECT c.team_id, c.step, c.idx, c.at
    FROM choices c JOIN teams t ON t.id = c.team_id
    WHERE t.session_id IN (${live}) ORDER BY c.team_id, c.step`;
  for (const r of choiceRows) {
    if (isText(r.team_id) && isInt(r.step) && isInt(r.idx) && isInt(r.at)) {
      choices.push({ teamId: r.team_id, step: r.step, index: r.idx, at: r.at });
    } else problems.push(`choices ${String(r.team_id)} step ${String(r.step)}: not numbers`);
  }
  const bans: BanRecord[] = [];
  const banRows: Iterable<Row> = yield `SELECT session_id, key FROM bans
    WHERE session_id IN (${live})`;
  for (const r of banRows) {
    if (isText(r.session_id) && isText(r.key)) bans.push({ sessionId: r.session_id, key: r.key });
  }
  return { stories, sessions, teams, choices, bans, problems };
}

/** For a store whose reads return at once (SQLite): all of it in one turn, one consistent view. */
export function loadLiveNow(
  rows: (sql: string) => Iterable<Row>,
  dialect: LiveDialect,
  code?: string,
): StoredState {
  const reads = readLive(dialect, code);
  let next = reads.next();
  while (!next.done) next = reads.next(rows(next.value));
  return next.value;
}

/** For a store whose reads are round trips (Postgres). */
export async function loadLiveAsync(
  rows: (sql: string) => Promise<Iterable<Row>>,
  dialect: LiveDialect,
  code?: string,
): Promise<StoredState> {
  const reads = readLive(dialect, code);
  let next = reads.next();
  while (!next.done) next = reads.next(await rows(next.value));
  return next.value;
}
