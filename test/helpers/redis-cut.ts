import type { Redis } from 'ioredis';
import { expect } from 'vitest';

// Redis pub/sub delivers at most once: a subscriber that is reconnecting misses what is published
// meanwhile, and nobody is told. These cut every subscriber off on purpose, so the tests can lose
// the workshop processes' change messages of one moment and see that the processes heal.

const publishes = async (admin: Redis) =>
  Number(/cmdstat_publish:calls=(\d+)/.exec(await admin.info('commandstats'))?.[1] ?? 0);

export async function subscribersOf(admin: Redis): Promise<number> {
  const list = String(await admin.call('CLIENT', 'LIST', 'TYPE', 'pubsub')).trim();
  return list ? list.split('\n').length : 0;
}

/**
 * Every subscriber's connection is cut and new connections are refused (maxclients) while `act`
 * runs, so the change messages published meanwhile reach nobody (it waits until a process has
 * published, to no one); then Redis lets them back in. Returns how many subscribers there were.
 */
export async function withSubscribersCut(
  admin: Redis,
  act: () => Promise<unknown>,
): Promise<number> {
  const clients = Number(/connected_clients:(\d+)/.exec(await admin.info('clients'))?.[1]);
  const subscribers = await subscribersOf(admin);
  expect(subscribers).toBeGreaterThanOrEqual(2); // one per workshop process
  await admin.config('SET', 'maxclients', String(clients - subscribers));
  await admin.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
  try {
    const before = await publishes(admin);
    await act();
    while ((await publishes(admin)) === before) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 100));
    expect(await subscribersOf(admin)).toBe(0);
  } finally {
    await admin.config('SET', 'maxclients', '10000');
  }
  return subscribers;
}

/** Waits until `count` subscribers are connected again (bounded by the test's own timeout). */
export async function subscribersBack(admin: Redis, count: number): Promise<void> {
  while ((await subscribersOf(admin)) < count) await new Promise((r) => setTimeout(r, 50));
}

/** The host's board must come right by itself, within a bound (a test must not hang on it). */
export function within<T>(seen: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the host's board never showed ${what}`)), 20_000);
  });
  return Promise.race([seen, late]).finally(() => clearTimeout(timer));
}
