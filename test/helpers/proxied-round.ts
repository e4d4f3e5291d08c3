import type { ChildProcess } from 'node:child_process';
import { connect as tcp } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../../src/protocol/snapshots.ts';
import type { TeamRow } from '../../src/protocol/standings.ts';
import { startWorkshopServer } from '../../src/server/workshop-server.ts';
import { clusterServices } from './cluster-services.ts';
import { freePort } from './services.ts';
import { must, next } from './workshop-client.ts';
import { fixtureLibrary } from './workshop-fixtures.ts';
import { serverOptions, type socketPool } from './workshop-harness.ts';
import { joinTeam, playTeam } from './workshop-play.ts';

/** A browser page on the long-polling transport only (a network that blocks WebSockets). */
export function pollingPage(url: string, code?: string): Promise<Socket> {
  const socket = io(url, {
    transports: ['polling'],
    reconnection: false,
    forceNew: true,
    // A browser sends Origin on every POST; the server checks it against the Host it was reached by.
    extraHeaders: { origin: url },
    ...(code ? { query: { code } } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/**
 * Two sessions play a round through a proxy at `url`, every page on long-polling: each host page
 * opens its session (no code yet), comes back with it as after a reload, a team joins and makes
 * two choices, and the host sees them live. Returns the sessions' codes.
 */
export async function playRoundsThrough(
  url: string,
  storyId: string,
  sockets: ReturnType<typeof socketPool>,
): Promise<string[]> {
  const page = async (code?: string) => sockets.keep(await pollingPage(url, code));
  const codes: string[] = [];
  for (const teamName of ['Night shift', 'Day shift']) {
    const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(
      await page(),
      'host:open',
      { storyId },
    );
    const credentials = { code: opened.snapshot.code, hostToken: opened.hostToken };
    codes.push(credentials.code);
    const host = await page(credentials.code);
    await must(host, 'host:resume', credentials);
    const team = await joinTeam(await page(credentials.code), credentials.code, teamName);
    await must(host, 'host:action', { ...credentials, action: 'start' });
    const seen = next<TeamRow[]>(host, 'host:teams', (rows) => rows.some((r) => r.made === 2));
    await playTeam(team, () => 0, 2);
    expect((await seen).find((r) => r.name === teamName)?.made).toBe(2);
  }
  return codes;
}

/**
 * The proxy's log, one request a line as `code upstream method status`: each session's requests
 * (its long-polling POSTs among them) all reached one process, and none was refused.
 */
export function expectStickyByCode(log: string, codes: readonly string[]): void {
  const requests = log
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  for (const code of codes) {
    const mine = requests.filter(([c]) => c === code);
    expect(
      mine.some(([, , method]) => method === 'POST'),
      code,
    ).toBe(true);
    expect(new Set(mine.map(([, upstream]) => upstream)).size, code).toBe(1);
  }
  expect(requests.filter(([, , , status]) => Number(status) >= 400)).toEqual([]);
}

/** A proxy a test started, and its log of requests as `expectStickyByCode` reads it. */
export interface StartedProxy {
  child: ChildProcess;
  log: () => string;
}

/** Waits (20 s at most) until something accepts connections on `port` on loopback. */
export async function untilListening(port: number): Promise<void> {
  const listening = () =>
    new Promise<boolean>((resolve) => {
      const s = tcp(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      }).on('error', () => resolve(false));
    });
  await expect.poll(listening, { timeout: 20_000 }).toBe(true);
}

/**
 * What a proxy configuration in docs/proxy must do: two workshop processes on one Postgres and
 * Redis behind the proxy `start` runs, and two sessions' rounds played through it on long-polling,
 * each session's requests all reaching one process.
 */
export function describeBehindProxy(
  title: string,
  start: (upstreams: number[], port: number) => Promise<StartedProxy>,
): void {
  const library = fixtureLibrary('test/fixtures/small-desk.ink');
  const story = [...library.values()][0]!;
  describe(title, () => {
    const { sockets, servers, ...services } = clusterServices();
    let proxy: StartedProxy | undefined;
    // Registered after clusterServices' hook, so it runs first: the proxy goes before its upstreams.
    afterAll(() => {
      proxy?.child.kill('SIGTERM');
    });

    it('plays a round over long-polling, each session’s requests on one process', async () => {
      const db = services.postgres().createDatabase('proxied');
      for (let i = 0; i < 2; i++) {
        const options = serverOptions({
          db,
          stories: library,
          redis: services.redis().url,
          trustProxy: 1,
        });
        servers.push(await startWorkshopServer(options));
      }
      const port = await freePort();
      proxy = await start(
        servers.map((s) => s.port),
        port,
      );
      const codes = await playRoundsThrough(`http://127.0.0.1:${port}`, story.id, sockets);
      expectStickyByCode(proxy.log(), codes);
    }, 120_000);
  });
}
