import type { Socket } from 'socket.io';
import type { Reply, WorkshopError } from '../protocol/replies.ts';
import { StoreBusyError } from './store.ts';
import { TokenBucket, type AttemptCounter } from './rate-limit.ts';
import type { ServerLimits } from './server-limits.ts';
import { parsePayload, SCHEMAS, type EventName, type Payload } from './validate.ts';

export type Handlers = {
  [E in EventName]: (
    payload: Payload<E>,
    socket: Socket,
  ) => Reply<unknown> | Promise<Reply<unknown>>;
};

export interface Guards {
  /** Lookups of unknown join codes per address, shared by every connection from it. */
  guesses: AttemptCounter;
  /** Teams joined per address. */
  joins: AttemptCounter;
  /** Whether a session with this join code exists: only lookups of unknown codes are guesses. */
  exists: (code: string) => boolean | Promise<boolean>;
  limits: ServerLimits;
  log: (message: string) => void;
}

const fail = (code: WorkshopError['code'], message: string): Reply<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * A request that threw: a store too busy to take it in time is a named, calm refusal (nothing
 * was kept; the same request may be sent again) and one log line; anything else is `internal`.
 */
function failure(name: string, err: unknown, log: (m: string) => void, message: string) {
  if (err instanceof StoreBusyError) {
    log(`${name} refused, store busy: ${err.message}`);
    return fail(
      'unavailable',
      'The workshop server is busy for a moment, so this was not kept. Try again shortly.',
    );
  }
  log(`${name} failed: ${(err as Error).stack ?? String(err)}`);
  return fail('internal', message);
}

// Answers that would tell a blocked guesser whether a code exists are replaced by this one.
const GUESSING = (wait: number) =>
  fail(
    'rate-limited',
    `Too many unknown codes from this network: try again in ${Math.ceil(wait / 1000)} s.`,
  );

/**
 * A request's one answer: its acknowledgement, or an error event for a request sent without one.
 * A class rather than a closure per request: the server runs under tsx, which names every
 * closure it creates, and that was a measurable part of answering a refused choice.
 */
class Answer {
  private replied = false;

  constructor(
    private readonly socket: Socket,
    private readonly event: string,
    private readonly ack: ((r: Reply<unknown>) => void) | undefined,
    private readonly refused: (r: Reply<unknown>) => void,
  ) {}

  reply(r: Reply<unknown>): void {
    if (this.replied) return;
    this.replied = true;
    if (this.ack) this.ack(r);
    else if (!r.ok) this.socket.emit('workshop:error', { ...r.error, event: this.event });
    if (!r.ok) this.refused(r);
  }
}

/**
 * The one door every request comes through: a flood, an unknown event, a request without an
 * acknowledgement, a malformed or oversized payload, and join-code guessing are each answered
 * with a clear error before any rule runs. The guessing limit counts only codes that do not exist
 * and only ever refuses what a guesser could learn from: a device that holds a session's token
 * is never blocked by it. A connection that keeps going over budget is closed.
 */
export function guardSocket(socket: Socket, handlers: Handlers, guards: Guards): void {
  const { guesses, joins, exists, limits, log } = guards;
  const bucket = new TokenBucket(limits.requestsPerSecond, limits.requestsPerSecond * 2);
  const address = socket.data.address as string;
  let strikes = 0;
  let wrongCodes = 0;
  let joined = 0;
  const drop = (why: string) => {
    socket.emit('workshop:error', { code: 'rate-limited', message: why, event: 'disconnect' });
    socket.disconnect(true);
  };
  const onRefused = (r: Reply<unknown>) => {
    if (!r.ok && r.error.code === 'rate-limited' && ++strikes >= limits.strikes) {
      drop('This connection sent too many requests over its budget and was closed.');
    }
  };
  // One request at a time per connection, in the order sent, as when every rule was synchronous:
  // a request with none ahead of it starts at once.
  let ahead: Promise<void> | undefined;
  let queued = 0;
  const settle = () => {
    if (--queued === 0) ahead = undefined;
  };
  socket.onAny((event: unknown, ...args: unknown[]) => {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (r: Reply<unknown>) => void) : undefined;
    if (ack) args.pop();
    const answer = new Answer(socket, String(event), ack, onRefused);
    if (!bucket.take()) return answer.reply(fail('rate-limited', 'Too many requests: slow down.'));
    queued += 1;
    const run = ahead
      ? ahead.then(() => handle(event, args, ack, answer))
      : handle(event, args, ack, answer);
    ahead = run.catch((err: unknown) => {
      // A limiter or store that is down (Redis, Postgres) costs this request, never the process.
      const why = 'The server could not do that just now. Try again in a moment.';
      answer.reply(failure(String(event), err, log, why));
    });
    void ahead.then(settle);
  });

  async function handle(
    event: unknown,
    args: unknown[],
    ack: ((r: Reply<unknown>) => void) | undefined,
    answer: Answer,
  ): Promise<void> {
    if (typeof event !== 'string' || !Object.hasOwn(SCHEMAS, event)) {
      return answer.reply(
        fail('unknown-event', `'${String(event).slice(0, 40)}' is not a workshop request.`),
      );
    }
    if (!ack) return answer.reply(fail('invalid', `'${event}' needs an acknowledgement callback.`));
    if (args.length > 1) return answer.reply(fail('invalid', `'${event}' takes one payload.`));
    const name = event as EventName;
    const parsed = parsePayload(name, args[0]);
    if (!parsed.ok) return answer.reply(parsed);
    const keyed = 'code' in parsed.value;
    if (name === 'team:join') {
      const wait = await guesses.waitFor(address);
      if (wait > 0) return answer.reply(GUESSING(wait));
      if (joined >= limits.joinsPerSocket) {
        return answer.reply(
          fail('rate-limited', `One device may join at most ${limits.joinsPerSocket} teams.`),
        );
      }
    }
    // Asked without a pause when the answer is at hand (one process: the sessions it holds).
    const known = keyed ? exists((parsed.value as { code: string }).code) : true;
    const guess = !(typeof known === 'boolean' ? known : await known);
    if (guess) {
      // Counted before it is answered, in one step with the check: guesses racing on several
      // connections or processes cannot all slip under the limit.
      const over = await guesses.count(address);
      if (++wrongCodes >= limits.wrongCodesPerSocket) {
        answer.reply(over > 0 ? GUESSING(over) : await run(name, parsed.value));
        return drop('Too many unknown codes from this connection: it was closed.');
      }
      if (over > 0) return answer.reply(GUESSING(over));
    }
    // A join holds its place in the address's budget while it runs, and gives it back if refused.
    const joining = name === 'team:join' && !guess;
    if (joining) {
      const full = await joins.count(address);
      if (full > 0) {
        await joins.uncount(address);
        return answer.reply(
          fail(
            'rate-limited',
            `${limits.joinsPerAddress} teams have joined from this network just now: try again in ${Math.ceil(full / 1000)} s.`,
          ),
        );
      }
    }
    const result = await run(name, parsed.value);
    if (joining) {
      if (result.ok) joined += 1;
      else await joins.uncount(address);
    }
    const code = result.ok ? undefined : result.error.code;
    // Blocked: a request with a token either proves itself (and goes through) or learns nothing.
    // Asked only once it is refused (a guess was answered by its count above): with the limits
    // in Redis, asking first cost every team's choice a round trip to Redis.
    if (keyed && !guess && (code === 'not-found' || code === 'forbidden')) {
      const wait = await guesses.waitFor(address);
      if (wait > 0) return answer.reply(GUESSING(wait));
    }
    answer.reply(result);
  }

  async function run(name: EventName, payload: unknown): Promise<Reply<unknown>> {
    try {
      const handler = handlers[name] as (
        p: unknown,
        s: Socket,
      ) => Reply<unknown> | Promise<Reply<unknown>>;
      return await handler(payload, socket);
    } catch (err) {
      return failure(name, err, log, 'The server could not do that. Try again.');
    }
  }
}
