import { Redis } from 'ioredis';
import { afterAll } from 'vitest';
import { startWorkshopServer, type RunningWorkshop } from '../../src/server/workshop-server.ts';
import type { WorkshopStory } from '../../src/server/workshop-story.ts';
import type { clusterServices } from './cluster-services.ts';
import { openSession, serverOptions } from './workshop-harness.ts';

/**
 * For a `clusterServices()` file: two workshop processes, A and B, in this process on one Postgres
 * database and the file's Redis, with change summaries every `changeCheckMs`; the host's socket on
 * A with a session of the first story open; and an admin connection to Redis (to cut subscribers
 * off with `withSubscribersCut`), closed after the file.
 */
export function twoProcessHost(
  cluster: ReturnType<typeof clusterServices>,
  stories: Map<string, WorkshopStory>,
) {
  const admins: Redis[] = [];
  afterAll(() => {
    for (const a of admins) a.disconnect();
  });
  const story = [...stories.values()][0]!;
  return async (db: string, changeCheckMs: number) => {
    const pair: RunningWorkshop[] = [];
    for (let i = 0; i < 2; i++) {
      const redis = cluster.redis().url;
      pair.push(await startWorkshopServer(serverOptions({ db, stories, redis, changeCheckMs })));
    }
    cluster.servers.push(...pair);
    const [a, b] = pair as [RunningWorkshop, RunningWorkshop];
    const host = await cluster.sockets.open(a.url);
    const { credentials } = await openSession(host, story.id);
    const admin = new Redis(cluster.redis().url);
    admins.push(admin);
    return { a, b, host, credentials, admin };
  };
}
