import { afterEach, describe, expect, it, vi } from 'vitest';
import { busyLimiter, named } from './pg-errors.ts';
import { StoreBusyError } from './store.ts';

describe('session reads queued behind a busy Postgres', () => {
  afterEach(() => void vi.useRealTimers());

  it('are refused as busy once they have waited their limit, and the queue keeps going', async () => {
    vi.useFakeTimers();
    const limit = busyLimiter(1, 5_000, 'The Postgres database');
    let release!: () => void;
    const held = limit(() => new Promise<string>((done) => (release = () => done('first'))));
    const queued = limit(async () => 'second');
    const refused = expect(queued).rejects.toBeInstanceOf(StoreBusyError);
    await vi.advanceTimersByTimeAsync(5_000);
    await refused;
    release();
    expect(await held).toBe('first');
    // The refused read left no slot taken: the next one runs at once.
    expect(await limit(async () => 'third')).toBe('third');
  });

  it('run in order when their turn comes in time', async () => {
    const limit = busyLimiter(1, 5_000, 'The Postgres database');
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => limit(async () => void order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });
});

describe('what a failed statement is called', () => {
  it("calls Postgres's own cancellations busy, not a client that stopped waiting", () => {
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), {
      code: '57014',
    });
    expect(named(cancelled, 'The Postgres database')).toBeInstanceOf(StoreBusyError);
    const noSlot = new Error('timeout exceeded when trying to connect');
    expect(named(noSlot, 'The Postgres database')).toBeInstanceOf(StoreBusyError);
    // The statement may still commit after pg stops waiting: "not kept" would be untrue.
    const stoppedWaiting = new Error('Query read timeout');
    expect(named(stoppedWaiting, 'The Postgres database')).toBe(stoppedWaiting);
  });
});
