import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Throwaway Postgres and Redis servers for the tests, on 127.0.0.1 with their data in a fresh
// temporary folder, as docs/workshop-scale.md describes for a real one. Missing binaries stop the
// run at once with the one command that installs them.

const INSTALL = (pkg: string) =>
  `${pkg} is not installed, and the Postgres/Redis workshop tests need it. Install with: sudo apt-get install -y ${pkg}`;

function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error(INSTALL('postgresql'));
  return path.join(root, versions[0], 'bin');
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Postgres refuses to run as root: as root, commands run as the `postgres` user. */
function run(bin: string, args: string[]): string {
  const [cmd, argv] = asRoot
    ? ['su', ['postgres', '-s', '/bin/sh', '-c', [bin, ...args].map(quote).join(' ')]]
    : [bin, args];
  const done = spawnSync(cmd, argv as string[], { encoding: 'utf8', timeout: 60_000 });
  if (done.status !== 0) {
    throw new Error(`${path.basename(bin)} failed (${done.status}): ${done.stderr || done.stdout}`);
  }
  return done.stdout;
}
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export interface PostgresServer {
  url: (database: string) => string;
  port: number;
  /** The postmaster's process id while it runs (its first line of postmaster.pid). */
  pid(): number | undefined;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): string;
  /** Stops it as a crash would (no checkpoint), or cleanly; start() brings it back on its port. */
  stop(mode?: 'immediate' | 'fast'): void;
  start(): void;
  /** Stops it and deletes its folder. */
  destroy(): void;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = pgBin();
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'pg');
  const port = await freePort();
  run(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'app',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const start = () =>
    void run(path.join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      '-l',
      path.join(dir, 'pg.log'),
      '-w',
      'start',
    ]);
  const stop = (mode: 'immediate' | 'fast' = 'fast') =>
    void run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', mode, '-w', 'stop']);
  start();
  const url = (database: string) => `postgres://app@127.0.0.1:${port}/${database}`;
  return {
    url,
    port,
    pid: () => pidIn(path.join(data, 'postmaster.pid')),
    createDatabase(name) {
      run(path.join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'app', name]);
      return url(name);
    },
    stop,
    start,
    destroy() {
      try {
        stop('fast');
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The number on the first line of a pid file, if the file is there. */
function pidIn(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export interface RedisServer {
  url: string;
  pid(): number | undefined;
  destroy(): void;
}

export async function startRedis(): Promise<RedisServer> {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) throw new Error(INSTALL('redis-server'));
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-redis-'));
  const port = await freePort();
  const pidfile = path.join(dir, 'redis.pid');
  execFileSync('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--daemonize',
    'yes',
    '--pidfile',
    pidfile,
    '--save',
    '',
    '--logfile',
    path.join(dir, 'redis.log'),
  ]);
  for (let i = 0; i < 100 && !existsSync(pidfile); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: () => pidIn(pidfile),
    destroy() {
      const pid = pidIn(pidfile);
      try {
        if (pid) process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      // Redis writes its log as it shuts down: wait (bounded) until it has gone before removing
      // its folder, or the removal races the last write (ENOTEMPTY on a loaded machine).
      for (let i = 0; pid && alive(pid) && i < 100; i++) execFileSync('sleep', ['0.05']);
      // Redis stopping writes its dump file meanwhile: retried, not an ENOTEMPTY that lost a
      // benchmark's results at the very end.
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
