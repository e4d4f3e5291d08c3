import { postgresStore } from './pg-store.ts';
import { sqliteStore } from './sqlite-store.ts';
import type { WorkshopStore } from './store.ts';

/** Whether WORKSHOP_DB names a Postgres server rather than a SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/** WORKSHOP_DB: a `postgres://` URL opens Postgres; anything else is a SQLite file (or ':memory:'). */
export function openStore(db: string): Promise<WorkshopStore> {
  return isPostgresUrl(db) ? postgresStore(db) : Promise.resolve(sqliteStore(db));
}
