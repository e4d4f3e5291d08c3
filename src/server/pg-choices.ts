import type pg from 'pg';
import { choiceKey, PgChoiceBatch } from './pg-choice-batch.ts';
import type { AppendResult, ChoiceRecord } from './store.ts';

/** The Postgres store's query: retried when Postgres asks, errors named for the host page. */
export type Query = <R extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  values?: unknown[],
  name?: string,
) => Promise<pg.QueryResult<R>>;

/**
 * How the Postgres store keeps choices: the insert itself checks that a choice is its team's next
 * step in a playing session (so whichever process sends it, a team's choices are kept in order
 * and exactly once), and the choices of many teams arriving together are committed together.
 */
export function choiceWriter(query: Query): PgChoiceBatch {
  /** One choice judged alone: stored if it is the team's next step, else why not. */
  async function appendOne(c: ChoiceRecord): Promise<AppendResult> {
    try {
      const inserted = await query(
        `INSERT INTO choices (team_id, step, idx, at)
       SELECT $1, $2, $3, $4
       WHERE EXISTS (SELECT 1 FROM teams t JOIN sessions s ON s.id = t.session_id
                     WHERE t.id = $1 AND s.phase = 'playing')
         AND ($2 = 0 OR EXISTS (SELECT 1 FROM choices WHERE team_id = $1 AND step = $2 - 1))
       ON CONFLICT (team_id, step) DO NOTHING`,
        [c.teamId, c.step, c.index, c.at],
        'append-choice',
      );
      if (inserted.rowCount === 1) return 'stored';
    } catch (err) {
      // The team was removed between the check and the insert.
      if ((err as { code?: string }).code === '23503') return 'closed';
      throw err;
    }
    const there = await query<{ idx: number }>(
      'SELECT idx FROM choices WHERE team_id = $1 AND step = $2',
      [c.teamId, c.step],
    );
    if (there.rows[0]) return there.rows[0].idx === c.index ? 'duplicate' : 'out-of-turn';
    const team = await query<{ phase: string }>(
      'SELECT s.phase FROM teams t JOIN sessions s ON s.id = t.session_id WHERE t.id = $1',
      [c.teamId],
    );
    return team.rows[0]?.phase === 'playing' ? 'out-of-turn' : 'closed';
  }
  // The same checks as appendOne's, for every row of a batch at once (pg-choice-batch.ts).
  const choices = new PgChoiceBatch({
    insertMany: async (rows) => {
      const inserted = await query<{ team_id: string; step: number; idx: number }>(
        `INSERT INTO choices (team_id, step, idx, at)
       SELECT c.team_id, c.step, c.idx, c.at
       FROM unnest($1::text[], $2::int[], $3::int[], $4::bigint[]) AS c(team_id, step, idx, at)
       WHERE EXISTS (SELECT 1 FROM teams t JOIN sessions s ON s.id = t.session_id
                     WHERE t.id = c.team_id AND s.phase = 'playing')
         AND (c.step = 0 OR EXISTS (SELECT 1 FROM choices p
                                    WHERE p.team_id = c.team_id AND p.step = c.step - 1))
       ON CONFLICT (team_id, step) DO NOTHING
       RETURNING team_id, step, idx`,
        [
          rows.map((c) => c.teamId),
          rows.map((c) => c.step),
          rows.map((c) => c.index),
          rows.map((c) => c.at),
        ],
        'append-choices',
      );
      return new Set(
        inserted.rows.map((r) => choiceKey({ teamId: r.team_id, step: r.step, index: r.idx })),
      );
    },
    one: appendOne,
    // A team removed between the check and the insert fails the whole statement.
    perRow: (err) => (err as { code?: string }).code === '23503',
  });
  return choices;
}
