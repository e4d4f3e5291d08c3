import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, request } from '../../test/helpers/workshop-client.ts';
import { WindowLimiter } from './rate-limit.ts';
import { DEFAULT_LIMITS } from './server-limits.ts';
import { guardSocket, type Handlers } from './socket-dispatch.ts';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** The real door on a real socket.io server, in front of a store that is out of reach. */
async function serverWithStoreDown(
  handlers = {
    'stories:list': () => ({ ok: true, value: { stories: [] } }),
    'team:rejoin': () => ({ ok: true, value: { rejoined: true } }),
  } as unknown as Handlers,
) {
  const logged: string[] = [];
  let down = true;
  const http = createServer();
  const io = new Server(http);
  io.on('connection', (socket) => {
    socket.data.address = '127.0.0.1';
    guardSocket(socket, handlers, {
      guesses: new WindowLimiter(30, 60_000),
      joins: new WindowLimiter(60, 60_000),
      // What a Postgres-backed lookup does while Postgres restarts.
      exists: () =>
        down ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) : true,
      limits: DEFAULT_LIMITS,
      log: (m) => logged.push(m),
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => void io.close(() => resolve())));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return { url, logged, recover: () => (down = false) };
}

describe('a request whose store is out of reach', () => {
  it('is answered with a clear error, logged, and the connection and server keep serving', async () => {
    const server = await serverWithStoreDown();
    const socket = await connect(server.url);
    closers.push(() => void socket.disconnect());
    const rejoin = { code: 'ACD347', teamId: 'team-0001', token: 'a'.repeat(24) };

    const refused = await request(socket, 'team:rejoin', rejoin);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/try again/i) },
    });
    expect(server.logged.join('\n')).toContain('ECONNREFUSED');

    // The same connection's next request is not stuck behind the failed one.
    expect(await request(socket, 'stories:list', {})).toMatchObject({ ok: true });
    server.recover();
    expect(await request(socket, 'team:rejoin', rejoin)).toEqual({
      ok: true,
      value: { rejoined: true },
    });
  });
});

describe('requests of one connection', () => {
  it('run one at a time in the order sent, each with its own answer', async () => {
    const ran: string[] = [];
    let release = () => undefined as void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const server = await serverWithStoreDown({
      'stories:list': () => {
        ran.push('list');
        return { ok: true, value: { stories: [] } };
      },
      'team:rejoin': async () => {
        ran.push('rejoin started');
        await slow;
        ran.push('rejoin done');
        return { ok: true, value: { rejoined: true } };
      },
    } as unknown as Handlers);
    server.recover();
    const socket = await connect(server.url);
    closers.push(() => void socket.disconnect());
    const rejoin = { code: 'ACD347', teamId: 'team-0001', token: 'a'.repeat(24) };
    const first = request(socket, 'team:rejoin', rejoin);
    const second = request(socket, 'stories:list', {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ran).toEqual(['rejoin started']);
    release();
    expect(await first).toEqual({ ok: true, value: { rejoined: true } });
    expect(await second).toEqual({ ok: true, value: { stories: [] } });
    expect(ran).toEqual(['rejoin started', 'rejoin done', 'list']);
    // With nothing ahead, the next request runs at once.
    expect(await request(socket, 'stories:list', {})).toMatchObject({ ok: true });
    expect(ran).toHaveLength(4);
  });
});
