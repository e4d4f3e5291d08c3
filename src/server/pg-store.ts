import pg from 'pg';
import { loadLivePostgres } from './pg-load.ts';
import { migratePostgres } from './pg-schema.ts';
import { nameKey } from './team-name.ts';
import type { SessionRecord, StoreProblem, WorkshopStore } from './store.ts';
import { choiceWriter } from './pg-choices.ts';
import { admitTeam } from './pg-admission.ts';
import { busyLimiter, named, retriable, unreachable } from './pg-errors.ts';
import type { WorkshopStory } from './workshop-story.ts';

// Times are milliseconds in BIGINT columns: read them back as numbers, not strings.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Where the URL points, without its password, for messages. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'the configured server';
  }
}

const ADVICE =
  'Nothing is being saved until it is back: the server keeps trying, and the same request can be sent again in a moment.';

/**
 * Postgres through `pg`: every write is one statement (or one transaction) that has committed
 * when its promise resolves, and Postgres commits are flushed to its WAL before they return
 * (synchronous_commit on, the default), so an acknowledged choice survives a crash of either
 * server. Several workshop processes may share one database: the order of a team's choices is
 * checked inside the insert (see AppendResult).
 */
export interface PostgresOptions {
  /** Connections this process keeps to Postgres (10). */
  connections?: number;
  /** How long a request waits for one of them to come free before it is refused as busy (5 s). */
  waitMs?: number;
}

export async function postgresStore(
  url: string,
  { connections = 10, waitMs = 5_000 }: PostgresOptions = {},
): Promise<WorkshopStore> {
  const where = `The Postgres database at ${shown(url)}`;
  const pool = new pg.Pool({
    connectionString: url,
    max: connections,
    types,
    connectionTimeoutMillis: waitMs,
    // A held lock or a link that died silently must fail the request, not hold a team's queue.
    statement_timeout: 10_000,
    query_timeout: 12_000,
  });
  let down: string | undefined;
  let probe: NodeJS.Timeout | undefined;
  // An idle connection that breaks (Postgres restarting) must not take the process down.
  pool.on('error', (err) => noteDown(err));
  function noteDown(err: unknown): void {
    down = (err as Error).message;
    probe ??= setInterval(() => {
      pool.query('SELECT 1').then(
        () => {
          down = undefined;
          clearInterval(probe);
          probe = undefined;
        },
        () => undefined,
      );
    }, 1_000).unref();
  }
  /** `name`: a statement prepared once per connection (the choice path: no parse or plan each time). */
  async function query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    sql: string,
    values: unknown[] = [],
    name?: string,
  ): Promise<pg.QueryResult<R>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await pool.query<R>(name ? { name, text: sql, values } : { text: sql, values });
      } catch (err) {
        if (retriable(err) && attempt < 3) continue;
        if (unreachable(err)) noteDown(err);
        throw named(err, where);
      }
    }
  }
  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await pool.connect().catch((err: unknown) => {
        if (unreachable(err)) noteDown(err);
        throw named(err, where);
      });
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (retriable(err) && attempt < 3) continue;
        if (unreachable(err)) noteDown(err);
        throw named(err, where);
      } finally {
        client.release();
      }
    }
  }
  // Session reads hold a connection for several round trips: at most a few at once, so that a
  // burst of them (hosts and devices coming back) never takes every connection from the choices.
  const loads = busyLimiter(Math.max(1, Math.floor(connections / 3)), waitMs, where);
  const load = (code?: string) =>
    loads(() =>
      loadLivePostgres(pool, code).catch((err: unknown) => {
        if (unreachable(err)) noteDown(err);
        throw named(err, where);
      }),
    );
  // Noticed within seconds even when nobody is choosing, so the host page says so at once.
  const heartbeat = setInterval(() => {
    if (down === undefined) query('SELECT 1').catch(() => undefined);
  }, 2_000).unref();
  try {
    await migratePostgres(pool, where);
  } catch (err) {
    clearInterval(heartbeat);
    await pool.end();
    throw unreachable(err)
      ? new Error(`${where} cannot be reached: ${(err as Error).message}`, { cause: err })
      : err;
  }

  const choices = choiceWriter(query);

  return {
    saveStory: async (story: WorkshopStory) =>
      void (await query(
        'INSERT INTO stories (hash, story) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING',
        [story.hash, JSON.stringify(story)],
      )),
    createSession: async (s: SessionRecord) =>
      void (await query(
        `INSERT INTO sessions (id, code, story_hash, seed, phase, revealed, host_token_hash,
           recovery_hash, joining_closed, created_at, ended_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          s.id,
          s.code,
          s.storyHash,
          s.seed,
          s.phase,
          s.revealed ? 1 : 0,
          s.hostTokenHash,
          s.recoveryHash,
          s.joiningClosed ? 1 : 0,
          s.createdAt,
          s.endedAt,
        ],
      )),
    setPhase: async (id, phase, revealed, at) =>
      void (await query(
        'UPDATE sessions SET phase = $1, revealed = $2, ended_at = $3 WHERE id = $4',
        [phase, revealed ? 1 : 0, phase === 'ended' ? at : null, id],
      )),
    setJoiningClosed: async (id, closed) =>
      void (await query('UPDATE sessions SET joining_closed = $1 WHERE id = $2', [
        closed ? 1 : 0,
        id,
      ])),
    setHostToken: async (id, hash) =>
      void (await query('UPDATE sessions SET host_token_hash = $1 WHERE id = $2', [hash, id])),
    addTeam: async (t, admission) => {
      const key = nameKey(t.name);
      const row = [t.id, t.sessionId, t.name, t.tokenHash, t.joinedAt, t.device, key] as const;
      if (!admission) {
        const added = await query(
          `INSERT INTO teams (id, session_id, name, token_hash, joined_at, device, name_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (session_id, name_key) DO NOTHING`,
          [...row],
        );
        return added.rowCount === 1 ? 'added' : 'name-taken';
      }
      // One round trip (it was four: BEGIN, the lock, the insert, COMMIT). Statements sent in one
      // simple-protocol message run as one implicit transaction, and under READ COMMITTED each
      // takes its own snapshot: the session row is locked first, so two processes admitting at
      // once queue there, and the insert after it counts the team the other just added. One
      // statement alone would let both see the room with a place left (its snapshot predates the
      // lock). The simple protocol takes no parameters: the values go in as escaped literals.
      const { rows } = await admitTeam((sql) => query(sql), row, admission.maxTeams);
      if (rows[0]?.added === 1) return 'added';
      return rows[0]?.admitted ? 'name-taken' : 'refused';
    },
    removeTeam: async (id) => void (await query('DELETE FROM teams WHERE id = $1', [id])),
    addBan: async (b) =>
      void (await query(
        'INSERT INTO bans (session_id, key) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [b.sessionId, b.key],
      )),
    appendChoice: (c) => choices.add(c),
    teamChoices: async (teamId) =>
      (
        await query<{ step: number; idx: number; at: number }>(
          'SELECT step, idx, at FROM choices WHERE team_id = $1 ORDER BY step',
          [teamId],
        )
      ).rows.map((r) => ({ teamId, step: r.step, index: r.idx, at: r.at })),
    loadAll: () => load(),
    loadSession: (code) => load(code),
    archive: async (endedBefore, createdBefore) =>
      (
        await query<{ id: string }>(
          `UPDATE sessions SET archived = 1 WHERE archived = 0
             AND ((ended_at IS NOT NULL AND ended_at < $1) OR created_at < $2) RETURNING id`,
          [endedBefore, createdBefore],
        )
      ).rows.map((r) => r.id),
    purge: (createdBefore) =>
      transaction(async (client) => {
        const old = 'SELECT id FROM sessions WHERE archived = 1 AND created_at < $1';
        await client.query(
          `DELETE FROM choices WHERE team_id IN (SELECT id FROM teams WHERE session_id IN (${old}))`,
          [createdBefore],
        );
        await client.query(`DELETE FROM teams WHERE session_id IN (${old})`, [createdBefore]);
        await client.query(`DELETE FROM bans WHERE session_id IN (${old})`, [createdBefore]);
        const gone = await client.query(`DELETE FROM sessions WHERE id IN (${old})`, [
          createdBefore,
        ]);
        await client.query(
          'DELETE FROM stories WHERE hash NOT IN (SELECT story_hash FROM sessions)',
        );
        return gone.rowCount ?? 0;
      }),
    problem: (): StoreProblem | undefined =>
      down === undefined
        ? undefined
        : {
            message: `The database server (${shown(url)}) cannot be reached (${down}); reconnecting.`,
            advice: ADVICE,
            reconnecting: true,
          },
    close: async () => {
      clearInterval(heartbeat);
      clearInterval(probe);
      await pool.end();
    },
  };
}
