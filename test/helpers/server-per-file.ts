import { afterAll, beforeAll } from 'vitest';
import {
  startWorkshopServer,
  type RunningWorkshop,
  type WorkshopServerOptions,
} from '../../src/server/workshop-server.ts';
import { serverOptions, socketPool } from './workshop-harness.ts';

/**
 * One real workshop server for the test file (started before its tests, closed after them with
 * every socket the tests opened), on `serverOptions` with `stories`.
 */
export function serverPerFile(stories: WorkshopServerOptions['stories']) {
  let running: RunningWorkshop | undefined;
  const pool = socketPool();
  const server = (): RunningWorkshop => {
    if (!running) throw new Error('the server starts in beforeAll: use it inside a test');
    return running;
  };
  beforeAll(async () => {
    running = await startWorkshopServer(serverOptions({ stories }));
  });
  afterAll(async () => {
    pool.closeAll();
    await running?.close();
  });
  return { server, pool, open: () => pool.open(server().url) };
}
