import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import type { HostSnapshot } from '../../src/protocol/snapshots.ts';
import type { WorkshopServerOptions } from '../../src/server/workshop-server.ts';
import { connect, must } from './workshop-client.ts';
import { joinTeam, type JoinedTeam } from './workshop-play.ts';

/**
 * Options for a real workshop server in a test: a free port on loopback, an in-memory database,
 * an empty folder for the built game and no log, unless the test says otherwise.
 */
export function serverOptions(
  options: Partial<WorkshopServerOptions> & Pick<WorkshopServerOptions, 'stories'>,
): WorkshopServerOptions {
  return {
    port: 0,
    host: '127.0.0.1',
    db: ':memory:',
    distDir: mkdtempSync(path.join(tmpdir(), 'workshop-dist-')),
    log: () => undefined,
    ...options,
  };
}

/** Every socket a test opens, so one `closeAll()` in `afterAll` lets the process exit. */
export function socketPool() {
  const sockets: Socket[] = [];
  return {
    async open(url: string, headers?: Record<string, string>): Promise<Socket> {
      const socket = await connect(url, headers);
      sockets.push(socket);
      return socket;
    },
    /** For sockets made elsewhere (a joined team's), so they are closed too. */
    keep(socket: Socket): Socket {
      sockets.push(socket);
      return socket;
    },
    closeAll(): void {
      for (const s of sockets) s.disconnect();
    },
  };
}

export interface OpenedSession {
  credentials: { code: string; hostToken: string };
  recoveryCode: string;
  snapshot: HostSnapshot;
}

/** Opens a session for `storyId` from `host`, as the host page's Start button does. */
export async function openSession(host: Socket, storyId: string): Promise<OpenedSession> {
  const opened = await must<{ hostToken: string; recoveryCode: string; snapshot: HostSnapshot }>(
    host,
    'host:open',
    { storyId },
  );
  return {
    credentials: { code: opened.snapshot.code, hostToken: opened.hostToken },
    recoveryCode: opened.recoveryCode,
    snapshot: opened.snapshot,
  };
}

export interface StartedRoom extends OpenedSession {
  host: Socket;
  team: JoinedTeam;
}

/**
 * A session as a room has it a minute in: a host page opened it, one team ("Night shift") joined
 * from its own device, and the host pressed Start.
 */
export async function startRoom(
  url: string,
  sockets: ReturnType<typeof socketPool>,
  storyId: string,
): Promise<StartedRoom> {
  const host = await sockets.open(url);
  const session = await openSession(host, storyId);
  const team = await joinTeam(await sockets.open(url), session.credentials.code, 'Night shift');
  await must(host, 'host:action', { ...session.credentials, action: 'start' });
  return { ...session, host, team };
}
