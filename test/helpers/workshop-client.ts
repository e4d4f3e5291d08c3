import { io, type Socket } from 'socket.io-client';
import type { Reply } from '../../src/protocol/replies.ts';

/**
 * A socket.io client as a team device or host page would be, for tests and the benchmark.
 * `headers` stand in for what a browser on another origin, or a proxy in front, would send.
 */
export function connect(url: string, headers: Record<string, string> = {}): Promise<Socket> {
  const socket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: headers,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      // A refused socket must not keep the test process alive.
      socket.close();
      reject(err);
    });
  });
}

export async function request<T = unknown>(
  socket: Socket,
  event: string,
  payload?: unknown,
): Promise<Reply<T>> {
  return (await socket.timeout(10_000).emitWithAck(event, payload)) as Reply<T>;
}

/** The value of a reply that must succeed; a refusal fails the test with the server's words. */
export async function must<T = unknown>(
  socket: Socket,
  event: string,
  payload?: unknown,
): Promise<T> {
  const reply = await request<T>(socket, event, payload);
  if (!reply.ok) throw new Error(`${event} refused: ${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

/** Resolves with the next `event` that satisfies `test`. */
export function next<T>(
  socket: Socket,
  event: string,
  test: (data: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve) => {
    const listener = (data: T) => {
      if (!test(data)) return;
      socket.off(event, listener);
      resolve(data);
    };
    socket.on(event, listener);
  });
}
