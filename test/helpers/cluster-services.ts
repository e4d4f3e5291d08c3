import { afterAll, beforeAll } from 'vitest';
import type { RunningWorkshop } from '../../src/server/workshop-server.ts';
import { startPostgres, startRedis, type PostgresServer, type RedisServer } from './services.ts';
import { socketPool } from './workshop-harness.ts';

/**
 * A real Postgres and Redis for the test file, started once before its tests and stopped after,
 * with the in-process workshop servers and the sockets the tests open closed first.
 */
export function clusterServices() {
  const sockets = socketPool();
  const servers: RunningWorkshop[] = [];
  let postgres: PostgresServer | undefined;
  let redis: RedisServer | undefined;
  beforeAll(async () => {
    postgres = await startPostgres();
    redis = await startRedis();
  }, 120_000);
  afterAll(async () => {
    sockets.closeAll();
    for (const s of servers) await s.close();
    // Postgres is stopped even if removing Redis's folder fails, so no server outlives the run.
    try {
      redis?.destroy();
    } finally {
      postgres?.destroy();
    }
  }, 60_000);
  const started = <T>(service: T | undefined): T => {
    if (!service) throw new Error('Postgres and Redis start in beforeAll: use them inside a test');
    return service;
  };
  return {
    sockets,
    servers,
    postgres: () => started(postgres),
    redis: () => started(redis),
  };
}
