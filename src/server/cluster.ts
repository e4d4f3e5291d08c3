import cluster, { type Worker } from 'node:cluster';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinBaseFor } from './addresses.ts';
import { buildIfStale } from './build-freshness.ts';
import { isPostgresUrl } from './open-store.ts';

// `npm run workshop:cluster -- --processes N`: N workshop processes (src/server/main.ts) behind
// this front process, on one Postgres (WORKSHOP_DB) and one Redis (WORKSHOP_REDIS). The front
// hands each connection to a process chosen by the client's address, so a browser's long-polling
// requests all reach the same process (socket.io needs that); a process that dies is replaced.
const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;
const args = process.argv.slice(2);
const at = args.indexOf('--processes');
const processes = at >= 0 ? Number(args[at + 1]) : availableParallelism();
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
if (!Number.isInteger(processes) || processes < 1 || processes > 64) {
  fail(`--processes must be a whole number from 1 to 64, not '${args[at + 1]}'.`);
}
if (!isPostgresUrl(env.WORKSHOP_DB ?? '') || !env.WORKSHOP_REDIS) {
  fail(
    'npm run workshop:cluster needs WORKSHOP_DB=postgres://… and WORKSHOP_REDIS=redis://… (docs/workshop-scale.md); for one process on SQLite, use npm run workshop.',
  );
}
const port = Number(env.PORT ?? 8080);
const host = env.HOST ?? '0.0.0.0';
const distDir = path.resolve(PROJECT, env.WORKSHOP_DIST ?? 'dist');

if (!buildIfStale(PROJECT, distDir, env)) {
  fail('The build failed: fix the errors above and start again.');
}

const front = createServer({ pauseOnConnect: true });
await new Promise<void>((resolve, reject) => {
  front.once('error', reject);
  front.listen(port, host, () => resolve());
});
const frontPort = (front.address() as { port: number }).port;
const joinBase = joinBaseFor(host, frontPort, env.WORKSHOP_PUBLIC_URL);
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;

cluster.setupPrimary({
  exec: path.join(PROJECT, 'src/server/main.ts'),
  execArgv: ['--import', 'tsx'],
});
const workers: (Worker | undefined)[] = [];
let stopping = false;
let ready = 0;
function fork(slot: number): void {
  const worker = cluster.fork({
    ...env,
    // Each process listens on loopback only; clients reach it through the front.
    HOST: '127.0.0.1',
    PORT: '0',
    WORKSHOP_BUILD: 'never',
    ...(joinBase ? { WORKSHOP_PUBLIC_URL: joinBase } : {}),
  });
  workers[slot] = worker;
  worker.on('message', (m) => {
    if (m === 'workshop:ready' && ++ready === processes) banner();
  });
  worker.on('exit', (code, signal) => {
    workers[slot] = undefined;
    if (stopping) return;
    console.error(`Workshop process ${slot + 1} ended (${signal ?? code}); starting another.`);
    fork(slot);
  });
}
for (let i = 0; i < processes; i++) fork(i);

front.on('connection', (socket) => {
  const alive = workers.filter((w): w is Worker => w !== undefined && w.isConnected());
  if (alive.length === 0) return socket.destroy();
  const hash = createHash('sha1')
    .update(socket.remoteAddress ?? '')
    .digest();
  alive[hash.readUInt32BE(0) % alive.length]!.send('workshop:connection', socket);
});

function banner(): void {
  console.log(
    [
      '',
      `Serving Moments workshop is running in ${processes} processes.`,
      `  Host (open on this computer): http://${shown}:${frontPort}/host.html`,
      `  Teams join at:                ${joinBase ?? `http://${shown}:${frontPort}`}/join.html`,
      `  Press Ctrl+C to stop.`,
      '',
    ].join('\n'),
  );
}

const stop = () => {
  stopping = true;
  front.close();
  for (const w of workers) w?.kill('SIGTERM');
  setTimeout(() => process.exit(0), 5_000).unref();
  cluster.on('exit', () => {
    if (workers.every((w) => w === undefined || w.isDead())) process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
