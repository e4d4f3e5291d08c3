import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { AttemptCounter } from './rate-limit.ts';

// One script per change, so the count and its expiry are one step for Redis: no process can read
// a count between another's increment and its expiry, and a crash between the two cannot leave a
// counter that never expires. PTTL < 0 instead of PEXPIRE's NX flag, which needs Redis 7.
const COUNT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  ttl = tonumber(ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ttl)
end
if n > tonumber(ARGV[2]) then return math.max(ttl, 1) end
return 0`;
const UNCOUNT = `
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if n > 0 then redis.call('DECR', KEYS[1]) end
return 0`;

/**
 * Counts events per key in a fixed window in Redis, so that every process behind one address
 * shares one budget (a guesser cannot spread over processes). When Redis cannot be reached the
 * count is skipped and logged: the per-connection limits in each process still hold.
 */
export class RedisWindowLimiter implements AttemptCounter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly log: (message: string) => void,
  ) {}

  async waitFor(key: string): Promise<number> {
    try {
      const k = this.prefix + key;
      const [[, count], [, ttl]] = (await this.redis.multi().get(k).pttl(k).exec()) as [
        [Error | null, string | null],
        [Error | null, number],
      ];
      return Number(count ?? 0) >= this.limit ? Math.max(1, ttl) : 0;
    } catch (err) {
      this.log(`rate limit ${this.prefix} not checked (Redis: ${(err as Error).message})`);
      return 0;
    }
  }

  async count(key: string): Promise<number> {
    try {
      const wait = await this.redis.eval(COUNT, 1, this.prefix + key, this.windowMs, this.limit);
      return Math.max(0, Number(wait));
    } catch (err) {
      this.log(`rate limit ${this.prefix} not counted (Redis: ${(err as Error).message})`);
      return 0;
    }
  }

  async uncount(key: string): Promise<void> {
    try {
      await this.redis.eval(UNCOUNT, 1, this.prefix + key);
    } catch (err) {
      this.log(`rate limit ${this.prefix} not taken back (Redis: ${(err as Error).message})`);
    }
  }
}

export interface RedisLink {
  /** The socket.io adapter: rooms and emits reach the sockets of every process. */
  adapter: ReturnType<typeof createAdapter>;
  limiter(name: string, limit: number, windowMs: number): AttemptCounter;
  close(): Promise<void>;
}

/** WORKSHOP_REDIS: one connection to publish, one to subscribe, one for the shared counters. */
export async function connectRedis(url: string, log: (m: string) => void): Promise<RedisLink> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 2 };
  const pub = new Redis(url, options);
  const sub = pub.duplicate();
  const counters = pub.duplicate();
  for (const client of [pub, sub, counters]) {
    // ioredis reconnects by itself; an unhandled error event would end the process.
    client.on('error', (err: Error) => log(`Redis: ${err.message}`));
  }
  try {
    await Promise.all([pub.connect(), sub.connect(), counters.connect()]);
  } catch (err) {
    for (const c of [pub, sub, counters]) c.disconnect();
    throw new Error(
      `Redis at ${url.replace(/\/\/[^@]*@/, '//')} cannot be reached: ${(err as Error).message}`,
      { cause: err },
    );
  }
  return {
    adapter: createAdapter(pub, sub, { key: 'serving-moments' }),
    limiter: (name, limit, windowMs) =>
      new RedisWindowLimiter(counters, `serving-moments:${name}:`, limit, windowMs, log),
    close: async () => {
      await Promise.all([pub, sub, counters].map((c) => c.quit().catch(() => undefined)));
    },
  };
}
