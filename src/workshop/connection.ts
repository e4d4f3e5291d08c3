import { io, type Socket } from 'socket.io-client';
import type { Reply } from '../protocol/replies.ts';

const NO_ANSWER = 'No answer from the workshop server. Check the connection and try again.';

/**
 * The page's line to the workshop server. socket.io reconnects by itself (and falls back to
 * long-polling behind proxies that block WebSockets); every request waits for its answer.
 */
export class WorkshopConnection {
  readonly socket: Socket;

  constructor(url?: string) {
    this.socket = url ? io(url) : io();
  }

  async request<T>(event: string, payload?: unknown): Promise<Reply<T>> {
    // Every later (re)connection names its session in the handshake URL (?code=…), so a proxy
    // in front of several server processes can keep a session's devices on one of them.
    const code = (payload as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && code) this.socket.io.opts.query = { code };
    try {
      return (await this.socket.timeout(10_000).emitWithAck(event, payload ?? {})) as Reply<T>;
    } catch {
      return { ok: false, error: { code: 'internal', message: NO_ANSWER } };
    }
  }

  on<T>(event: string, handler: (data: T) => void): void {
    this.socket.on(event, handler);
  }

  /** Called with true on every (re)connection and false on every loss. */
  onStatus(handler: (online: boolean) => void): void {
    this.socket.on('connect', () => handler(true));
    this.socket.on('disconnect', () => handler(false));
  }
}
