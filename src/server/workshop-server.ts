import { createServer } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { joinBaseFor } from './addresses.ts';
import { clientAddress, originAllowed } from './client-address.ts';
import { LIMITS } from '../protocol/limits.ts';
import { KeyedBuckets, WindowLimiter } from './rate-limit.ts';
import { DEFAULT_LIMITS, type ServerLimits } from './server-limits.ts';
import { openStore } from './open-store.ts';
import { connectRedis } from './redis-link.ts';
import { ChangeFeed, type ChangeBatch, type ChangeSummary } from './change-feed.ts';
import { SessionManager, type SessionChange } from './session-manager.ts';
import { noteRemoteJoin, noteRemoteRemoval } from './session-sync.ts';
import { forgetOrigin, notePresence, presentHere, type Moved } from './session-presence.ts';
import { guardSocket } from './socket-dispatch.ts';
import { hostSnapshot } from './live-session.ts';
import { HostRows } from './host-rows.ts';
import { hostRoom, workshopHandlers } from './socket-handlers.ts';
import { staticFiles } from './static-files.ts';
import type { WorkshopStore } from './store.ts';
import type { WorkshopStory } from './workshop-story.ts';

export interface WorkshopServerOptions {
  port: number;
  host: string;
  /** A SQLite file, ':memory:', a postgres:// URL, or a store of another kind. */
  db: string | WorkshopStore;
  distDir: string;
  stories: ReadonlyMap<string, WorkshopStory>;
  publicUrl?: string;
  /** Budgets to use instead of the defaults (tests shrink them). */
  limits?: Partial<ServerLimits>;
  /** Proxy hops in front of the server whose X-Forwarded-For is believed (WORKSHOP_TRUST_PROXY). */
  trustProxy?: number;
  /** Page origins besides the served host allowed to connect (WORKSHOP_ORIGINS). */
  origins?: readonly string[];
  /**
   * A redis:// URL (WORKSHOP_REDIS): several processes on one shared store serve the same
   * sessions, their sockets joined by the socket.io Redis adapter.
   */
  redis?: string;
  /**
   * Also serve connections the cluster's front process hands over (npm run workshop:cluster),
   * besides those to this process's own port.
   */
  handedConnections?: boolean;
  /**
   * With `redis`: how often each process repeats the last change number it gave each session,
   * so a process that missed the last change of a quiet session notices (5 s).
   */
  changeCheckMs?: number;
  /** How often the database file is checked for deletion or replacement. */
  watchMs?: number;
  /** Ended sessions are archived (not restored) this long after they ended. */
  archiveEndedAfterMs?: number;
  /** Archived sessions are deleted this long after they were opened. */
  retainMs?: number;
  /** Overall percent at or above which a team's play is ALIVE (`VITE_ALIVE_AT`; default 60). */
  aliveAt?: number;
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
  const store = typeof options.db === 'string' ? await openStore(options.db) : options.db;
  const redis = options.redis ? await connectRedis(options.redis, log) : undefined;
  // Bound once socket.io is up: tells the other processes what this one changed.
  let tell: (change: SessionChange) => void = () => undefined;
  const manager = await SessionManager.start(store, options.stories, {
    warn: log,
    shared: redis !== undefined,
    onChange: (change) => tell(change),
    ...(options.archiveEndedAfterMs !== undefined
      ? { archiveEndedAfterMs: options.archiveEndedAfterMs }
      : {}),
    ...(options.retainMs !== undefined ? { retainMs: options.retainMs } : {}),
    ...(options.aliveAt !== undefined ? { aliveAt: options.aliveAt } : {}),
  });
  const http = createServer(staticFiles(options.distDir));
  const handed = (message: unknown, handle: unknown) => {
    if (message !== 'workshop:connection' || !(handle instanceof Socket)) return;
    http.emit('connection', handle);
    handle.resume();
  };
  if (options.handedConnections) process.on('message', handed);
  const origins = [...(options.origins ?? []), ...(options.publicUrl ? [options.publicUrl] : [])];
  const io = new Server(http, {
    maxHttpBufferSize: LIMITS.transportBytes,
    serveClient: false,
    // A page on another site must not drive a facilitator's or a team's browser into the workshop.
    allowRequest: (req, callback) =>
      originAllowed(req.headers, origins)
        ? callback(null, true)
        : callback('This page is not allowed to connect to the workshop server.', false),
  });
  // Several processes: each sends the leaderboard rows to the host pages connected to it, from
  // the choices it took and those the others told it of (one Redis message per turn of the
  // event loop, not a broadcast of every row besides the change).
  const hostRows = new HostRows((code, rows) =>
    (redis ? io.local : io).to(hostRoom(code)).emit('host:teams', rows),
  );
  const hostsHere = (code: string) => (io.of('/').adapter.rooms.get(hostRoom(code))?.size ?? 0) > 0;
  let feed: ChangeFeed | undefined;
  if (redis) {
    io.adapter(redis.adapter);
    const failed = (code: string) => (err: unknown) =>
      log(`could not follow ${code}: ${(err as Error).message}`);
    const follow = (change: SessionChange, origin: string) => {
      const session = manager.byCode.get(change.code);
      if (!session) return;
      if (change.kind === 'session')
        return void manager.refresh(change.code).catch(failed(change.code));
      if (change.kind === 'joined')
        return void noteRemoteJoin(manager, change).catch(failed(change.code));
      if (change.kind === 'removed') {
        noteRemoteRemoval(manager, change);
        // The remover's snapshot reached the host pages here before this message did, and a row
        // of the team sent from here in between put it back: the board here is set right now.
        if (hostsHere(change.code))
          io.local
            .to(hostRoom(change.code))
            .emit('host:snapshot', hostSnapshot(session, manager.storageProblem()));
        return;
      }
      const team = manager.remoteChange(change, origin);
      if (team) return void (hostsHere(change.code) && hostRows.add(session, team));
      // A team whose joining this process has not read yet: read it, then show its row.
      manager.refresh(change.code).then(() => {
        const joined = manager.remoteChange(change, origin);
        if (joined && hostsHere(change.code)) hostRows.add(session, joined);
      }, failed(change.code));
    };
    const showMoved = (moved: Moved[]) => {
      for (const { session, team } of moved)
        if (hostsHere(session.record.code)) hostRows.add(session, team);
    };
    const heal = (code: string) => {
      log(`session ${code}: a change from another process was missed; reading it again`);
      manager.refresh(code).then(() => {
        const session = manager.byCode.get(code);
        if (session)
          io.local
            .to(hostRoom(code))
            .emit('host:snapshot', hostSnapshot(session, manager.storageProblem()));
      }, failed(code));
    };
    const changes = new ChangeFeed({
      sendBatch: (batch) => io.serverSideEmit('workshop:changes', batch),
      sendSummary: (summary) => io.serverSideEmit('workshop:summary', summary),
      apply: follow,
      forget: (origin) => showMoved(forgetOrigin(manager, origin)),
      present: () => presentHere(manager),
      presence: (origin, online) => showMoved(notePresence(manager, origin, online)),
      heal,
      holds: (code) => manager.has(code),
      ...(options.changeCheckMs !== undefined ? { checkMs: options.changeCheckMs } : {}),
    });
    feed = changes;
    tell = (change) => changes.publish(change);
    io.on('workshop:changes', (batch: ChangeBatch) => changes.receive(batch));
    io.on('workshop:summary', (summary: ChangeSummary) => changes.receiveSummary(summary));
  }
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const joinBase = joinBaseFor(options.host, port, options.publicUrl);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Per-address budgets: in Redis when processes share it, else in this process's memory.
  const counter = (name: string, limit: number, windowMs: number) =>
    redis ? redis.limiter(name, limit, windowMs) : new WindowLimiter(limit, windowMs);
  const guards = {
    guesses: counter('guesses', limits.wrongCodesPerAddress, limits.wrongCodeWindowMs),
    joins: counter('joins', limits.joinsPerAddress, limits.joinWindowMs),
    exists: (code: string) => manager.has(code) || (redis ? manager.load(code) : false),
    limits,
    log,
  };
  const opens = counter('opens', limits.opens, limits.openWindowMs);
  const choices = new KeyedBuckets(limits.choicesPerTeamPerSecond, limits.choiceBurst);
  const handlers = workshopHandlers({ io, manager, joinBase, opens, choices, limits, hostRows });
  const trustProxy = options.trustProxy ?? 0;
  io.on('connection', (socket) => {
    socket.data.address = clientAddress(socket.handshake, trustProxy);
    guardSocket(socket, handlers, guards);
  });
  // A deleted or replaced database file, or a database server out of reach, is told to every host
  // page at once, not at the next choice; and so is its coming back.
  let told: string | undefined;
  const watch = setInterval(() => {
    const problem = manager.storageProblem();
    if (problem?.message === told) return;
    told = problem?.message;
    log(problem ? `STOPPED SAVING: ${problem.message}` : 'Saving again: the database is back.');
    for (const s of manager.sessions)
      io.to(hostRoom(s.record.code)).emit('host:snapshot', hostSnapshot(s, problem));
  }, options.watchMs ?? 2_000);
  const archiving = setInterval(() => {
    manager.archive().catch((err: unknown) => log(`archiving failed: ${(err as Error).message}`));
  }, 10 * 60_000);
  watch.unref();
  archiving.unref();
  const shown = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    port,
    url: `http://${shown}:${port}`,
    joinBase,
    manager,
    close: async () => {
      process.off('message', handed);
      clearInterval(watch);
      clearInterval(archiving);
      await io.close();
      // Rows of teams whose devices the closing dropped must not go out through a closed Redis.
      hostRows.stop();
      feed?.stop();
      http.closeAllConnections();
      await redis?.close();
      await store.close();
    },
  };
}
