import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

// `npm run workshop:backup [-- DEST]`: a consistent copy of the workshop database, taken with
// SQLite's online backup while the server runs. Copying the .db file alone misses every change
// still in its -wal file; this copy has them all and stands on its own.
const ROOT = path.resolve(import.meta.dirname ?? '.', '..');
if (/^postgres(ql)?:\/\//i.test(process.env.WORKSHOP_DB ?? '')) {
  // Never echo the URL: it may carry the database password.
  console.error(
    'WORKSHOP_DB is a Postgres database: back it up with pg_dump (docs/workshop-scale.md). npm run workshop:backup copies a SQLite file.',
  );
  process.exit(2);
}
const source = path.resolve(ROOT, process.env.WORKSHOP_DB ?? 'workshop.db');
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const dest = path.resolve(process.argv[2] ?? `${source.replace(/\.db$/, '')}-backup-${stamp}.db`);

if (!existsSync(source)) {
  console.error(`There is no workshop database at ${source} (set WORKSHOP_DB).`);
  process.exit(2);
}
if (existsSync(dest)) {
  console.error(`${dest} already exists: name another file.`);
  process.exit(2);
}
const db = new Database(source, { readonly: true, fileMustExist: true });
try {
  await db.backup(dest);
  const copy = new Database(dest, { readonly: true });
  const check = copy.pragma('quick_check', { simple: true });
  const count = (table: string) =>
    (copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  console.log(
    `Backed up ${source}\n    to ${dest}\n    ${count('sessions')} sessions, ${count('teams')} teams, ${count('choices')} choices; check: ${String(check)}`,
  );
  copy.close();
} catch (err) {
  console.error(`The backup failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  db.close();
}
