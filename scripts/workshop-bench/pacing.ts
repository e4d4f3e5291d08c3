import { seededRandom } from '../../src/core/random.ts';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Think times for `clients` devices that together send about `perSecond` requests: each waits a
 * seeded 0.5–1.5× of the mean between its requests, so the load is steady but not in lockstep.
 */
export function thinker(clients: number, perSecond: number, seed: number) {
  const mean = (clients / perSecond) * 1000;
  const random = seededRandom(seed);
  return { pause: () => sleep(mean * (0.5 + random())), random };
}
