import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { joinBaseFor } from './addresses.ts';
import { LIMITS } from './protocol.ts';
import { WindowLimiter } from './rate-limit.ts';
import { SessionManager } from './session-manager.ts';
import { guardSocket } from './socket-dispatch.ts';
import { workshopHandlers } from './socket-handlers.ts';
import { sqliteStore } from './sqlite-store.ts';
import { staticFiles } from './static-files.ts';
import type { WorkshopStore } from './store.ts';
import type { WorkshopStory } from './workshop-story.ts';

export interface WorkshopServerOptions {
  port: number;
  host: string;
  /** A SQLite file, ':memory:', or a store of another kind. */
  db: string | WorkshopStore;
  distDir: string;
  stories: ReadonlyMap<string, WorkshopStory>;
  publicUrl?: string;
  joinFailures?: number;
  joinWindowMs?: number;
  log?: (message: string) => void;
}

export interface RunningWorkshop {
  port: number;
  url: string;
  joinBase: string | null;
  manager: SessionManager;
  close(): Promise<void>;
}

/** The workshop server: the built game over HTTP and the workshop protocol over socket.io. */
export async function startWorkshopServer(
  options: WorkshopServerOptions,
): Promise<RunningWorkshop> {
  const log = options.log ?? ((m: string) => console.error(m));
  const store = typeof options.db === 'string' ? sqliteStore(options.db) : options.db;
  const manager = new SessionManager(store, options.stories, { warn: log });
  const http = createServer(staticFiles(options.distDir));
  const io = new Server(http, { maxHttpBufferSize: LIMITS.transportBytes, serveClient: false });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const joinBase = joinBaseFor(options.host, port, options.publicUrl);
  const guards = {
    guesses: new WindowLimiter(
      options.joinFailures ?? LIMITS.joinFailures,
      options.joinWindowMs ?? LIMITS.joinWindowMs,
    ),
    log,
  };
  const opens = new WindowLimiter(LIMITS.opens, LIMITS.openWindowMs);
  const handlers = workshopHandlers({ io, manager, joinBase, opens });
  io.on('connection', (socket) => guardSocket(socket, handlers, guards));
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    port,
    url: `http://${shown}:${port}`,
    joinBase,
    manager,
    close: async () => {
      await io.close();
      http.closeAllConnections();
      store.close();
    },
  };
}
