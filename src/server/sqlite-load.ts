import type Database from 'better-sqlite3';
import { loadLiveNow } from './load-live.ts';
import type { StoredState } from './store.ts';
import type { Row } from './store-rows.ts';

/**
 * The live sessions (or the one with `code`) from SQLite, read as load-live.ts reads them: row by
 * row from a cursor, so a large history is never held twice, and in one turn, so nothing is
 * written between the reads.
 */
export function loadLiveSqlite(db: Database.Database, code?: string): StoredState {
  return loadLiveNow(
    (sql) =>
      code === undefined
        ? db.prepare<[], Row>(sql).iterate()
        : db.prepare<[{ code: string }], Row>(sql).iterate({ code }),
    { codeParam: '@code', joinedOrder: 'rowid' },
    code,
  );
}
