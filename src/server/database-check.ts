import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { err, type Result } from '../core/result.ts';

/** Exit codes of `npm run workshop`, documented in docs/workshop.md. */
export const EXIT = { config: 2, damaged: 3 } as const;

/** Why the server must not start on this database, and the exit code that says so. */
export interface DatabaseProblem {
  exitCode: number;
  message: string;
}

export type DatabaseVerdict = Result<void, DatabaseProblem>;

const fine: DatabaseVerdict = { ok: true, value: undefined };

const RESTORE =
  'Restore it from a backup (npm run workshop:backup makes them), or set WORKSHOP_DB to a new file.';

/**
 * Checks the database file before the server trusts it: the folder exists, the file is SQLite,
 * and `PRAGMA integrity_check` (tables, indexes, free pages) finds nothing wrong. A file that does
 * not exist yet is fine: the server creates it.
 */
export function checkDatabase(file: string): DatabaseVerdict {
  const folder = path.dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return err({
      exitCode: EXIT.config,
      message: `The folder for the database does not exist: ${folder}. Create it, or set WORKSHOP_DB to a file in a folder that exists.`,
    });
  }
  if (!existsSync(file)) return fine;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
    if (problems.length === 0) return fine;
    return err({
      exitCode: EXIT.damaged,
      message: `The database ${file} is damaged (integrity check):\n  ${problems.join('\n  ')}\n${RESTORE}`,
    });
  } catch (cause) {
    const { code, message } = cause as { code?: string; message: string };
    const what = code === 'SQLITE_CORRUPT' ? 'is damaged' : 'cannot be read';
    return err({
      exitCode: EXIT.damaged,
      message: `The database ${file} ${what}: ${message}. ${RESTORE}`,
    });
  } finally {
    db?.close();
  }
}
