import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../../test/helpers/services.ts';
import { RedisWindowLimiter } from './redis-link.ts';

// The per-address budgets that several workshop processes share, on a real redis-server: each
// limiter has its own connection, as each process does.
describe('per-address budgets in Redis (WORKSHOP_REDIS)', () => {
  let redis: RedisServer;
  const clients: Redis[] = [];
  const limiter = (limit: number, windowMs: number) => {
    const client = new Redis(redis.url);
    clients.push(client);
    return new RedisWindowLimiter(client, 'test:', limit, windowMs, (m) => {
      throw new Error(m);
    });
  };
  beforeAll(async () => {
    redis = await startRedis();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
    redis?.destroy();
  });

  it('lets exactly the limit through when two processes count the same address at once', async () => {
    const [a, b] = [limiter(5, 60_000), limiter(5, 60_000)];
    const waits = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).count('10.1.1.1')),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    expect(waits.filter((w) => w > 0 && w <= 60_000)).toHaveLength(35);
    expect(await a.waitFor('10.1.1.1')).toBeGreaterThan(0);
    expect(await b.waitFor('10.1.1.2')).toBe(0);
    // Every counter expires: none is left that would block the address for ever.
    const ttl = await clients[0]!.pttl('test:10.1.1.1');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('keeps a fixed window: counting on does not push the end of the window back', async () => {
    const [a, b] = [limiter(2, 60_000), limiter(2, 60_000)];
    const key = 'test:10.2.2.2';
    expect(await a.count('10.2.2.2')).toBe(0);
    const endAtFirst = await clients[0]!.pttl(key);
    expect(endAtFirst).toBeGreaterThan(0);
    expect(endAtFirst).toBeLessThanOrEqual(60_000);
    expect(await b.count('10.2.2.2')).toBe(0);
    expect(await a.count('10.2.2.2')).toBeGreaterThan(0);
    // Later counts leave the expiry the first one set (a sliding end would reset it to 60 s).
    expect(await clients[0]!.pttl(key)).toBeLessThanOrEqual(endAtFirst);
    // When the window ends the address may try again: end it now instead of waiting a minute.
    await clients[0]!.del(key);
    expect(await b.count('10.2.2.2')).toBe(0);
  });

  it('gives back a counted attempt that did not happen, and never below zero', async () => {
    const [a, b] = [limiter(1, 60_000), limiter(1, 60_000)];
    expect(await a.count('10.3.3.3')).toBe(0);
    expect(await b.count('10.3.3.3')).toBeGreaterThan(0);
    await b.uncount('10.3.3.3');
    await a.uncount('10.3.3.3');
    await a.uncount('10.3.3.3');
    expect(await clients[0]!.get('test:10.3.3.3')).toBe('0');
    expect(await b.count('10.3.3.3')).toBe(0);
  });
});
