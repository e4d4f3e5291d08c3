import cluster from 'node:cluster';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lanAddresses } from './addresses.ts';
import { buildIfStale } from './build-freshness.ts';
import { parseTrustProxy } from './client-address.ts';
import { checkDatabase } from './database-check.ts';
import { isPostgresUrl } from './open-store.ts';
import { DEFAULT_LIMITS } from './server-limits.ts';
import { aliveAtFrom } from '../core/verdict.ts';
import { loadStoryLibrary } from './story-library.ts';
import { startWorkshopServer } from './workshop-server.ts';

// `npm run workshop`: builds the game when it is missing or stale, then serves the workshop.
const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
/** Started by `npm run workshop:cluster`: connections come from its front process. */
const worker = cluster.isWorker;
const port = Number(env.PORT ?? 8080);
const host = env.HOST ?? '0.0.0.0';
const postgres = isPostgresUrl(env.WORKSHOP_DB ?? '');
const db = postgres ? env.WORKSHOP_DB! : path.resolve(PROJECT, env.WORKSHOP_DB ?? 'workshop.db');
// The database as printed: a Postgres URL without its password.
const dbShown = postgres ? db.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@') : db;
const distDir = path.resolve(PROJECT, env.WORKSHOP_DIST ?? 'dist');

if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, not '${env.PORT}'.`);
  process.exit(2);
}
const trustProxy = parseTrustProxy(env.WORKSHOP_TRUST_PROXY);
if (trustProxy === undefined) {
  console.error(
    `WORKSHOP_TRUST_PROXY must be true, false or a number of proxies (0–10), not '${env.WORKSHOP_TRUST_PROXY}'.`,
  );
  process.exit(2);
}
const joinsPerAddress = Number(env.WORKSHOP_JOINS_PER_ADDRESS ?? DEFAULT_LIMITS.joinsPerAddress);
if (!Number.isInteger(joinsPerAddress) || joinsPerAddress < 1) {
  console.error(
    `WORKSHOP_JOINS_PER_ADDRESS must be a whole number of teams, not '${env.WORKSHOP_JOINS_PER_ADDRESS}'.`,
  );
  process.exit(2);
}
const HOUR = 60 * 60_000;
const archiveHours = Number(env.WORKSHOP_ARCHIVE_AFTER_HOURS ?? 12);
const retainDays = Number(env.WORKSHOP_RETAIN_DAYS ?? 90);
if (!(archiveHours >= 0) || !(retainDays >= 1)) {
  console.error(
    'WORKSHOP_ARCHIVE_AFTER_HOURS must be a number of hours (0 or more) and WORKSHOP_RETAIN_DAYS a number of days (1 or more).',
  );
  process.exit(2);
}
// The same product setting as the build's (docs/writing-stories.md): the server judges the teams.
const aliveAt = aliveAtFrom(env);
if (
  env.VITE_ALIVE_AT !== undefined &&
  env.VITE_ALIVE_AT !== '' &&
  aliveAt !== Number(env.VITE_ALIVE_AT)
) {
  console.error(`VITE_ALIVE_AT must be a percentage from 0 to 100, not '${env.VITE_ALIVE_AT}'.`);
  process.exit(2);
}
// Several processes: how often each repeats its last change numbers and which teams are connected
// to it; a process silent for six of these is taken for stopped, and its teams shown offline.
const changeCheckMs = Number(env.WORKSHOP_CHANGE_CHECK_MS ?? 5_000);
if (!Number.isInteger(changeCheckMs) || changeCheckMs < 100 || changeCheckMs > 600_000) {
  console.error(
    `WORKSHOP_CHANGE_CHECK_MS must be a whole number of milliseconds from 100 to 600000, not '${env.WORKSHOP_CHANGE_CHECK_MS}'.`,
  );
  process.exit(2);
}
const origins = (env.WORKSHOP_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

if (!buildIfStale(PROJECT, distDir, env)) {
  console.error('The build failed: fix the errors above and run `npm run workshop` again.');
  process.exit(1);
}

// Postgres checks itself; a SQLite file is checked before anything reads it.
const verdict = postgres ? undefined : checkDatabase(db);
if (verdict && !verdict.ok) {
  console.error(verdict.error.message);
  process.exit(verdict.error.exitCode);
}

const library = await loadStoryLibrary(
  path.resolve(PROJECT, env.WORKSHOP_STORIES ?? 'stories'),
  PROJECT,
);
for (const problem of library.problems) console.error(`Not offered: ${problem}`);

const warnings: string[] = [];
const server = await startWorkshopServer({
  port,
  host,
  db,
  distDir,
  stories: library.stories,
  trustProxy,
  origins,
  limits: { joinsPerAddress },
  ...(env.WORKSHOP_PUBLIC_URL ? { publicUrl: env.WORKSHOP_PUBLIC_URL } : {}),
  ...(env.WORKSHOP_REDIS ? { redis: env.WORKSHOP_REDIS, changeCheckMs } : {}),
  handedConnections: worker,
  archiveEndedAfterMs: archiveHours * HOUR,
  retainMs: retainDays * 24 * HOUR,
  aliveAt,
  log: (m) => {
    warnings.push(m);
    console.error(m);
  },
}).catch((err: unknown) => {
  console.error(`The workshop server could not start: ${(err as Error).message}`);
  process.exit(3);
});

if (worker) {
  // One of `npm run workshop:cluster`'s processes: the front process prints the addresses.
  console.log(`Workshop process ${process.pid} is ready.`);
  process.send?.('workshop:ready');
}

const sessions = server.manager.sessions;
const teams = sessions.reduce((n, s) => n + s.teams.size, 0);
const join = server.joinBase ?? server.url;
if (!worker) {
  console.log(
    [
      '',
      'Serving Moments workshop is running.',
      `  Host (open on this computer): ${server.url}/host.html`,
      `  Teams join at:                ${join}/join.html`,
      ...lanAddresses()
        .slice(1)
        .map((a) => `                   or:          http://${a}:${server.port}/join.html`),
      `  Database: ${dbShown} (${sessions.length} sessions, ${teams} teams restored${warnings.length ? `; ${warnings.length} problems above` : ''})`,
      `  ${library.stories.size} scenarios; a team's play is ALIVE at ${aliveAt}% or more (VITE_ALIVE_AT). Press Ctrl+C to stop.`,
      '',
    ].join('\n'),
  );
}

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
