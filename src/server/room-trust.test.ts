import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import { must, request } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { serverOptions, socketPool, startRoom } from '../../test/helpers/workshop-harness.ts';
import { newDeviceId, type JoinedTeam } from '../../test/helpers/workshop-play.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

const closed = (socket: Socket) =>
  new Promise<void>((resolve) => {
    if (socket.disconnected) resolve();
    else socket.once('disconnect', () => resolve());
  });

describe('a workshop you can trust in a real room, over real sockets', () => {
  let server: RunningWorkshop;
  let host: Socket;
  let credentials: { code: string; hostToken: string };
  let team: JoinedTeam;
  const sockets = socketPool();
  /** A device as a browser page on `origin` would open it, or as a proxy forwards it. */
  const open = (headers?: Record<string, string>) => sockets.open(server.url, headers);
  const guess = (socket: Socket, code: string) =>
    request(socket, 'team:join', { code, name: 'Guessers', device: newDeviceId() });

  beforeAll(async () => {
    server = await startWorkshopServer(
      serverOptions({
        stories: library,
        trustProxy: 1,
        origins: ['https://workshop.example.org'],
        limits: { wrongCodesPerAddress: 6, wrongCodesPerSocket: 4, joinsPerAddress: 8 },
      }),
    );
    ({ host, credentials, team } = await startRoom(server.url, sockets, story.id));
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('lets the host and a team carry on while another device on their address guesses codes', async () => {
    const guesser = await open();
    const gone = closed(guesser);
    for (const code of ['AAAAAA', 'CCCCCC', 'DDDDDD', 'EEEEEE']) {
      expect(await guess(guesser, code)).toMatchObject({ error: { code: 'not-found' } });
    }
    await gone; // the guessing connection is closed: it, not the room, pays
    const second = await open();
    for (const code of ['FFFFFF', 'GGGGGG']) await guess(second, code);
    // The address is now over its budget for unknown codes: new joins from it wait …
    expect(await guess(second, credentials.code)).toMatchObject({
      error: { code: 'rate-limited' },
    });
    // … and a token guessed against a real session learns nothing either …
    expect(
      await request(second, 'host:action', {
        code: credentials.code,
        hostToken: 'x'.repeat(32),
        action: 'lock',
      }),
    ).toMatchObject({ error: { code: 'rate-limited' } });
    // … but everyone who holds the session goes on: choose, lock, export, resume.
    const choice = await request(team.socket, 'team:choose', {
      ...team.credentials,
      hash: story.hash,
      step: 0,
      index: 0,
    });
    expect(choice.ok).toBe(true);
    expect((await request(await open(), 'team:rejoin', team.credentials)).ok).toBe(true);
    expect((await request(host, 'host:action', { ...credentials, action: 'lock' })).ok).toBe(true);
    expect((await request(host, 'host:export', credentials)).ok).toBe(true);
    expect((await request(await open(), 'host:resume', credentials)).ok).toBe(true);
    await must(host, 'host:action', { ...credentials, action: 'unlock' });
  });

  it('counts addresses from X-Forwarded-For behind the trusted proxy, not the proxy’s own', async () => {
    const viaProxy = (client: string) => open({ 'x-forwarded-for': `203.0.113.99, ${client}` });
    // 127.0.0.1 is over its budget from the test above; a client behind the proxy is not.
    const phone = await viaProxy('198.51.100.7');
    const joined = await request(phone, 'team:join', {
      code: credentials.code,
      name: 'Behind the proxy',
      device: newDeviceId(),
    });
    expect(joined.ok).toBe(true);
  });

  it('refuses a page from another site, and accepts the served host and the configured origin', async () => {
    await expect(open({ origin: 'https://evil.example.com' })).rejects.toThrow();
    const served = await open({ origin: server.url.replace('localhost', '127.0.0.1') });
    const listed = await open({ origin: 'https://workshop.example.org' });
    expect((await request(served, 'stories:list')).ok).toBe(true);
    expect((await request(listed, 'stories:list')).ok).toBe(true);
  });

  it('caps the teams one address can join and closes a flooding connection', async () => {
    const flooder = await open({ 'x-forwarded-for': '192.0.2.50' });
    const replies = [];
    for (let i = 0; i < 4; i++) {
      replies.push(
        await request(flooder, 'team:join', {
          code: credentials.code,
          name: `Flood ${i}`,
          device: newDeviceId(),
        }),
      );
    }
    expect(replies.filter((r) => r.ok)).toHaveLength(3);
    expect(replies[3]).toMatchObject({ error: { code: 'rate-limited' } });
    // From many connections on that address, the address budget (8 here) holds.
    let joined = 3;
    for (let i = 0; i < 8; i++) {
      const s = await open({ 'x-forwarded-for': '192.0.2.50' });
      const r = await request(s, 'team:join', {
        code: credentials.code,
        name: `Many ${i}`,
        device: newDeviceId(),
      });
      if (r.ok) joined += 1;
    }
    expect(joined).toBe(8);
    // A connection that keeps sending past its budget is closed.
    const noisy = await open();
    const gone = closed(noisy);
    for (let i = 0; i < 200 && noisy.connected; i++)
      noisy.emit('stories:list', {}, () => undefined);
    await gone;
    expect(noisy.connected).toBe(false);
  });

  it('closes joining without stopping play, and opens it again', async () => {
    await must(host, 'host:action', { ...credentials, action: 'close-joining' });
    const late = await open({ 'x-forwarded-for': '192.0.2.60' });
    const refused = await request(late, 'team:join', {
      code: credentials.code,
      name: 'Late',
      device: newDeviceId(),
    });
    expect(refused).toMatchObject({ error: { code: 'wrong-phase' } });
    const step = await request(team.socket, 'team:choose', {
      ...team.credentials,
      hash: story.hash,
      step: 1,
      index: 0,
    });
    expect(step.ok).toBe(true);
    const { snapshot } = await must<{ snapshot: HostSnapshot }>(host, 'host:action', {
      ...credentials,
      action: 'open-joining',
    });
    expect(snapshot.joining).toBe(true);
    const welcome = await request(late, 'team:join', {
      code: credentials.code,
      name: 'Late',
      device: newDeviceId(),
    });
    expect(welcome.ok).toBe(true);
  });

  it('refuses invisible, look-alike and removed names, and a removed team’s device', async () => {
    const room = (ip: string) => open({ 'x-forwarded-for': ip });
    const alpha = await room('192.0.2.70');
    const device = newDeviceId();
    const joined = await request<{ snapshot: { team: { id: string } } }>(alpha, 'team:join', {
      code: credentials.code,
      name: 'Alpha',
      device,
    });
    if (!joined.ok) throw new Error(joined.error.message);
    for (const name of ['Alpha\u2800', 'Аlpha', 'ALPHA', 'Al\u3164pha', 'A l p h a', 'A1pha']) {
      const other = await room('192.0.2.71');
      const reply = await request(other, 'team:join', {
        code: credentials.code,
        name,
        device: newDeviceId(),
      });
      expect(reply, name).toMatchObject({ error: { code: 'name-taken' } });
    }
    await must(host, 'host:remove-team', { ...credentials, teamId: joined.value.snapshot.team.id });
    const again = await room('192.0.2.72');
    expect(
      await request(again, 'team:join', {
        code: credentials.code,
        name: 'Alpha',
        device: newDeviceId(),
      }),
    ).toMatchObject({ error: { code: 'name-taken' } });
    expect(
      await request(again, 'team:join', { code: credentials.code, name: 'Omega', device }),
    ).toMatchObject({ error: { code: 'removed' } });
  });

  it('refuses constructor and __proto__ fields as unknown', async () => {
    const socket = await open();
    for (const field of ['constructor', '__proto__', 'toString']) {
      const payload = JSON.parse(
        `{"code":"${credentials.code}","teamId":"${team.credentials.teamId}","token":"${team.credentials.token}","${field}":{"a":1}}`,
      ) as unknown;
      expect(await request(socket, 'team:rejoin', payload), field).toMatchObject({
        error: { code: 'invalid' },
      });
    }
  });
  it('limits one team’s choices across many devices, cheaply, without touching its path', async () => {
    const pathOf = () => server.manager.sessions[0]!.teams.get(team.credentials.teamId)!.path;
    const before = [...pathOf()];
    const devices = await Promise.all(Array.from({ length: 8 }, () => open()));
    const replies = await Promise.all(
      devices.flatMap((d) =>
        Array.from({ length: 5 }, () =>
          request(d, 'team:choose', { ...team.credentials, hash: story.hash, step: 9, index: 0 }),
        ),
      ),
    );
    const limited = replies.filter((r) => !r.ok && r.error.code === 'rate-limited');
    expect(limited.length).toBeGreaterThan(0);
    expect(pathOf()).toEqual(before);
  });
});
