import type pg from 'pg';
import { loadLiveAsync } from './load-live.ts';
import type { StoredState } from './store.ts';
import type { Row } from './store-rows.ts';

/**
 * The live sessions (or the one with `code`) from Postgres, read as load-live.ts reads them, in
 * one read-only snapshot so that a choice stored meanwhile cannot appear without its team.
 */
export async function loadLivePostgres(pool: pg.Pool, code?: string): Promise<StoredState> {
  const values = code === undefined ? [] : [code];
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const state = await loadLiveAsync(
      async (sql) => (await client.query<Row>(sql, values)).rows,
      { codeParam: '$1', joinedOrder: 'joined_order' },
      code,
    );
    await client.query('COMMIT');
    return state;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
