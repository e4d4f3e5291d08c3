import type { Socket } from 'socket.io';
import { LIMITS, type Reply, type WorkshopError } from './protocol.ts';
import { TokenBucket, type WindowLimiter } from './rate-limit.ts';
import { parsePayload, SCHEMAS, type EventName, type Payload } from './validate.ts';

export type Handlers = {
  [E in EventName]: (payload: Payload<E>, socket: Socket) => Reply<unknown>;
};

export interface Guards {
  /** Wrong codes and tokens per address, shared by every connection so reconnecting resets nothing. */
  guesses: WindowLimiter;
  log: (message: string) => void;
}

const fail = (code: WorkshopError['code'], message: string): Reply<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * The one door every request comes through: a flood, an unknown event, a request without an
 * acknowledgement, a malformed or oversized payload, and join-code guessing (wrong codes per
 * address; tokens are far too long to guess) are each answered with
 * a clear error before any rule runs. Errors that the rules return flow back unchanged.
 */
export function guardSocket(socket: Socket, handlers: Handlers, { guesses, log }: Guards): void {
  const bucket = new TokenBucket(LIMITS.requestsPerSecond, LIMITS.requestsPerSecond * 2);
  const address = socket.handshake.address;
  socket.onAny((event: unknown, ...args: unknown[]) => {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (r: Reply<unknown>) => void) : undefined;
    if (ack) args.pop();
    const reply = (r: Reply<unknown>) => {
      if (ack) ack(r);
      else if (!r.ok) socket.emit('workshop:error', { ...r.error, event: String(event) });
    };
    if (!bucket.take()) return reply(fail('rate-limited', 'Too many requests: slow down.'));
    if (typeof event !== 'string' || !Object.hasOwn(SCHEMAS, event)) {
      return reply(
        fail('unknown-event', `'${String(event).slice(0, 40)}' is not a workshop request.`),
      );
    }
    if (!ack) return reply(fail('invalid', `'${event}' needs an acknowledgement callback.`));
    if (args.length > 1) return reply(fail('invalid', `'${event}' takes one payload.`));
    const name = event as EventName;
    const parsed = parsePayload(name, args[0]);
    if (!parsed.ok) return reply(parsed);
    const keyed = 'code' in parsed.value;
    const wait = keyed ? guesses.waitFor(address) : 0;
    if (wait > 0) {
      return reply(
        fail(
          'rate-limited',
          `Too many wrong codes from this device: try again in ${Math.ceil(wait / 1000)} s.`,
        ),
      );
    }
    let result: Reply<unknown>;
    try {
      result = (handlers[name] as (p: unknown, s: Socket) => Reply<unknown>)(parsed.value, socket);
    } catch (err) {
      log(`${name} failed: ${(err as Error).stack ?? String(err)}`);
      result = fail('internal', 'The server could not do that. Try again.');
    }
    if (keyed && !result.ok && result.error.code === 'not-found') guesses.record(address);
    reply(result);
  });
}
