/**
 * The schema's versions, shared by the SQLite and the Postgres store: each store has its own SQL
 * for every version, and a database records in `schema_migrations` which ones it has. A database
 * newer than this code is refused rather than written to with an older idea of its tables.
 */
export const SCHEMA_VERSIONS = [
  { version: 1, name: 'sessions, teams, choices, bans and stories' },
  { version: 2, name: 'one team per look-alike name in a session, enforced by a unique index' },
] as const;

export const LATEST_SCHEMA = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export function tooNew(found: number, where: string): Error {
  return new Error(
    `${where} has schema version ${found}, made by a newer Serving Moments (this one knows up to ${LATEST_SCHEMA}). Run the newer version, or set WORKSHOP_DB to another database.`,
  );
}

/**
 * The steps a database still needs, in order, from the highest version it records (0 for none):
 * one decision for both stores, which each run a step and record it in their own transaction.
 * A database newer than this code is refused.
 */
export function pendingVersions(found: number, where: string): number[] {
  if (found > LATEST_SCHEMA) throw tooNew(found, where);
  return SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v > found);
}
