import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  startPostgres,
  startRedis,
  type PostgresServer,
  type RedisServer,
} from '../../test/helpers/services.ts';
import {
  killHard,
  spawnWorkshop,
  type SpawnedWorkshop,
} from '../../test/helpers/spawn-workshop.ts';
import { cpuMs, runDelayMs } from './proc-stats.ts';
import { treeCpuMs, treeRunDelayMs } from './process-tree.ts';

export interface ScaleConfig {
  store: 'sqlite' | 'postgres';
  processes: number;
}

export const configName = (c: ScaleConfig) =>
  `${c.store} × ${c.processes} process${c.processes > 1 ? 'es' : ''}`;

export interface RunningConfig {
  urls: string[];
  /** CPU time so far, in ms: the workshop processes, and Postgres and Redis (0 when unused). */
  cpu(): { workshop: number; postgres: number; redis: number };
  /** Time the same parts were ready to run but waited for a core so far, in ms (runDelayMs). */
  waited(): { workshop: number; postgres: number; redis: number };
  /** The requests the processes logged as failed since the last call, by event and first line. */
  failures(): Record<string, number>;
  stop(): Promise<void>;
}

/** Started once per bench run and shared by its Postgres configurations, each on a new database. */
let services: { postgres: PostgresServer; redis: RedisServer } | undefined;
let databases = 0;

/**
 * Starts `npm run workshop` as its own process `processes` times on one store: a SQLite file
 * (one process only: it cannot be shared), or a fresh Postgres database with every process on one
 * Redis. Each process is reached on its own port, as behind a proxy that routes by session.
 * Teams and hosts come through X-Forwarded-For addresses of their own (WORKSHOP_TRUST_PROXY=1),
 * so no per-address budget is lifted for the benchmark.
 */
export async function startConfig(
  config: ScaleConfig,
  root: string,
  story: string,
  cpuProfileDir?: string,
): Promise<RunningConfig> {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-scale-'));
  mkdirSync(path.join(dir, 'stories'));
  copyFileSync(
    path.join(root, 'stories', `${story}.ink`),
    path.join(dir, 'stories', `${story}.ink`),
  );
  const env: Record<string, string> = {
    WORKSHOP_DIST: dir,
    WORKSHOP_STORIES: path.join(dir, 'stories'),
    WORKSHOP_TRUST_PROXY: '1',
  };
  if (config.store === 'postgres') {
    services ??= { postgres: await startPostgres(), redis: await startRedis() };
    env.WORKSHOP_DB = services.postgres.createDatabase(`scale${++databases}`);
    env.WORKSHOP_REDIS = services.redis.url;
  } else {
    if (config.processes !== 1) throw new Error('a SQLite file serves one process only');
    env.WORKSHOP_DB = path.join(dir, 'bench.db');
  }
  const servers: SpawnedWorkshop[] = [];
  try {
    const profile = cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [];
    for (let i = 0; i < config.processes; i++) {
      servers.push(await spawnWorkshop(env, 180_000, profile));
    }
  } catch (err) {
    for (const s of servers) await killHard(s.child);
    throw err;
  }
  const shared = config.store === 'postgres' ? services : undefined;
  const read = servers.map(() => 0);
  return {
    urls: servers.map((s) => s.url),
    cpu: () => ({
      workshop: servers.reduce((sum, s) => sum + cpuMs(s.child.pid!), 0),
      postgres: treeCpuMs(shared?.postgres.pid()),
      redis: ((pid) => (pid === undefined ? 0 : cpuMs(pid)))(shared?.redis.pid()),
    }),
    waited: () => ({
      workshop: servers.reduce((sum, s) => sum + runDelayMs(s.child.pid!), 0),
      postgres: treeRunDelayMs(shared?.postgres.pid()),
      redis: ((pid) => (pid === undefined ? 0 : runDelayMs(pid)))(shared?.redis.pid()),
    }),
    failures: () => {
      const counts: Record<string, number> = {};
      servers.forEach((server, i) => {
        const text = server.output();
        for (const m of text
          .slice(read[i])
          .matchAll(/^(\S+) (failed|refused, store busy): (.*)$/gm)) {
          const key = `${m[1]} ${m[2]}: ${m[3]!.slice(0, 160)}`;
          counts[key] = (counts[key] ?? 0) + 1;
        }
        read[i] = text.length;
      });
      return counts;
    },
    stop: async () => {
      // A profiled process writes its profile when it exits by itself (SIGTERM), not on kill -9.
      if (cpuProfileDir) await Promise.all(servers.map((s) => stopGently(s.child)));
      for (const s of servers) await killHard(s.child);
    },
  };
}

function stopGently(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(resolve, 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Stops the Postgres and Redis servers the run started. */
export function stopServices(): void {
  // A leftover file in a server's temporary folder must not lose the run's results.
  for (const stop of [() => services?.redis.destroy(), () => services?.postgres.destroy()]) {
    try {
      stop();
    } catch (err) {
      console.error(`could not remove a server's folder: ${(err as Error).message}`);
    }
  }
  services = undefined;
}
