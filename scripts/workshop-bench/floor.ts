import { spawn } from 'node:child_process';
import path from 'node:path';
import { WebSocket } from 'ws';
import { connect } from '../../test/helpers/workshop-client.ts';
import { thinker } from './pacing.ts';
import { cpuMs, latencySummary, rssMb } from './proc-stats.ts';

const HERE = import.meta.dirname ?? '.';

/** What a floor server is: socket.io as the workshop runs it, or the bare `ws` under it. */
export type FloorKind = 'socket.io' | 'ws';

interface EchoClient {
  request(payload: { id: string; step: number; index: number }): Promise<unknown>;
  watch(onEchoed: (id: string) => void): Promise<unknown>;
  close(): void;
}

async function socketIoClient(url: string): Promise<EchoClient> {
  const socket = await connect(url);
  return {
    request: (payload) => socket.timeout(10_000).emitWithAck('echo', payload),
    watch: (onEchoed) => {
      socket.on('echoed', onEchoed);
      return socket.timeout(10_000).emitWithAck('watch');
    },
    close: () => socket.disconnect(),
  };
}

async function wsClient(url: string): Promise<EchoClient> {
  const ws = new WebSocket(url.replace(/^http/, 'ws'));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const waiting = new Map<number, (reply: unknown) => void>();
  let next = 0;
  let onEchoed: (id: string) => void = () => undefined;
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { a?: number; r?: unknown; echoed?: string };
    if (m.echoed !== undefined) return onEchoed(m.echoed);
    waiting.get(m.a!)?.(m.r);
    waiting.delete(m.a!);
  });
  const send = (t: string, p?: unknown) =>
    new Promise((resolve) => {
      const a = next++;
      waiting.set(a, resolve);
      ws.send(JSON.stringify({ a, t, p }));
    });
  return {
    request: (payload) => send('echo', payload),
    watch: (listener) => {
      onEchoed = listener;
      return send('watch');
    },
    close: () => ws.close(),
  };
}

/** Starts a floor server as its own process and resolves with it and its address. */
async function startEcho(kind: FloorKind) {
  const file = kind === 'ws' ? 'ws-echo-server.ts' : 'echo-server.ts';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, file)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the echo server did not start in 60 s')),
      60_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      const found = /echo (http:\/\/\S+)/.exec(chunk.toString());
      if (!found?.[1]) return;
      clearTimeout(timer);
      resolve(found[1]);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the echo server exited (${code})`));
    });
  });
  return { child, url };
}

/**
 * The same clients, rate and count of requests against a bare echo server: its CPU per request
 * and its request → watcher time are the floor the workshop's figures are divided by.
 * `watched: false` leaves the watcher out, so a request is its acknowledgement alone (the floor
 * of a refused choice, which nobody else hears of).
 */
export async function measureFloor(
  clients: number,
  perSecond: number,
  requests: number,
  kind: FloorKind = 'socket.io',
  watched = true,
) {
  const { child, url } = await startEcho(kind);
  try {
    const open = kind === 'ws' ? wsClient : socketIoClient;
    const watcher = await open(url);
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    if (watched)
      await watcher.watch((id) => {
        const sent = sentAt.get(id);
        if (sent !== undefined) latencies.push(performance.now() - sent);
        sentAt.delete(id);
      });
    const sockets: EchoClient[] = [];
    for (let i = 0; i < clients; i++) sockets.push(await open(url));
    const pid = child.pid!;
    const cpuBefore = cpuMs(pid);
    const each = Math.ceil(requests / clients);
    await Promise.all(
      sockets.map(async (socket, i) => {
        const { pause } = thinker(clients, perSecond, i + 1);
        for (let n = 0; n < each; n++) {
          await pause();
          const id = `${i}:${n}`;
          sentAt.set(id, performance.now());
          await socket.request({ id, step: n, index: 1 });
        }
      }),
    );
    const cpu = cpuMs(pid) - cpuBefore;
    const memory = rssMb(pid);
    for (const socket of [...sockets, watcher]) socket.close();
    return {
      requests: each * clients,
      cpuMsPerRequest: cpu / (each * clients),
      requestToWatcherMs: latencySummary(latencies),
      rssMb: memory,
    };
  } finally {
    child.kill('SIGKILL');
  }
}

/** CPU per wake-up of a process that is only woken, at `perSecond`, `count` times (µs → ms). */
export async function measureWake(perSecond: number, count: number): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(HERE, 'wake-floor.ts'), String(perSecond), String(count)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  const us = Number(/wake (\S+)/.exec(out)?.[1] ?? NaN);
  return us / 1000;
}
