import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { connect } from '../../test/helpers/workshop-client.ts';
import { thinker } from './pacing.ts';
import { cpuMs, latencySummary, rssMb } from './proc-stats.ts';

const HERE = import.meta.dirname ?? '.';

/**
 * The same clients, rate and count of requests against the bare socket.io echo server: its CPU
 * per request and its request → watcher time are the floor the workshop's figures are divided by.
 */
export async function measureFloor(clients: number, perSecond: number, requests: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'echo-server.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
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
    const watcher = await connect(url);
    await watcher.timeout(10_000).emitWithAck('watch');
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    watcher.on('echoed', (id: string) => {
      const sent = sentAt.get(id);
      if (sent !== undefined) latencies.push(performance.now() - sent);
      sentAt.delete(id);
    });
    const sockets: Socket[] = [];
    for (let i = 0; i < clients; i++) sockets.push(await connect(url));
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
          await socket.timeout(10_000).emitWithAck('echo', { id, step: n, index: 1 });
        }
      }),
    );
    const cpu = cpuMs(pid) - cpuBefore;
    const memory = rssMb(pid);
    for (const socket of [...sockets, watcher]) socket.disconnect();
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
