import pg from 'pg';

type Query = (sql: string) => Promise<pg.QueryResult | pg.QueryResult[]>;

/** A whole number for SQL text, or an error: a literal is written into the statement. */
function whole(n: number, what: string): string {
  if (!Number.isSafeInteger(n))
    throw new Error(`A team's ${what} must be a whole number, not ${n}`);
  return String(n);
}

/**
 * Admits a team to its session in one message to Postgres: the session row locked, then the team
 * inserted if the session takes teams, neither name nor device is banned and the room has a
 * place, unless its name is taken (see the caller for why two statements in one message).
 * `row` is [id, sessionId, name, tokenHash, joinedAt, device, nameKey].
 */
export async function admitTeam(
  query: Query,
  row: readonly [string, string, string, string, number, string, string],
  maxTeams: number,
): Promise<{ rows: { admitted: boolean; added: number }[] }> {
  const [id, sessionId, name, tokenHash, joinedAt, device, key] = row;
  const l = (text: string) => pg.escapeLiteral(text);
  const session = l(sessionId);
  const sql = `SELECT 1 FROM sessions WHERE id = ${session} FOR UPDATE;
WITH ok AS (
  SELECT EXISTS (SELECT 1 FROM sessions s WHERE s.id = ${session}
                   AND s.phase IN ('lobby', 'playing') AND s.joining_closed = 0)
     AND NOT EXISTS (SELECT 1 FROM bans b WHERE b.session_id = ${session}
                       AND b.key IN (${l(`name:${key}`)}, ${l(`device:${device}`)}))
     AND (SELECT count(*) FROM teams WHERE session_id = ${session}) < ${whole(maxTeams, 'room size')} AS admitted),
ins AS (
  INSERT INTO teams (id, session_id, name, token_hash, joined_at, device, name_key)
  SELECT ${l(id)}, ${session}, ${l(name)}, ${l(tokenHash)}, ${whole(joinedAt, 'joining time')}, ${l(device)}, ${l(key)}
  WHERE (SELECT admitted FROM ok)
  ON CONFLICT (session_id, name_key) DO NOTHING RETURNING 1)
SELECT (SELECT admitted FROM ok) AS admitted, (SELECT count(*) FROM ins)::int AS added`;
  const results = await query(sql);
  const last = Array.isArray(results) ? results[results.length - 1] : results;
  return { rows: (last?.rows ?? []) as { admitted: boolean; added: number }[] };
}
