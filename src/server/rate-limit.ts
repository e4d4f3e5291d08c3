/**
 * Counts events per key (an address) in a fixed window: enough to stop a script from guessing
 * join codes, without locking out a room full of phones behind one router (failures only count).
 */
export class WindowLimiter implements AttemptCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it may go ahead now. */
  waitFor(key: string): number {
    const w = this.current(key);
    return w.count >= this.limit ? w.start + this.windowMs - this.now() : 0;
  }

  count(key: string): number {
    const w = this.current(key);
    w.count += 1;
    if (this.windows.size > 10_000) this.sweep();
    return w.count > this.limit ? w.start + this.windowMs - this.now() : 0;
  }

  uncount(key: string): void {
    const w = this.windows.get(key);
    if (w) w.count = Math.max(0, w.count - 1);
  }

  private current(key: string): { start: number; count: number } {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    return w;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, w] of this.windows)
      if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

/** A token bucket per connection: a burst is fine, a flood is answered with an error. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * The two shapes the guards need. One process holds them in memory; several processes on one
 * Redis share the per-address counters there (redis-link.ts), hence the promises.
 */
export interface AttemptCounter {
  /** Milliseconds until `key` may try again, or 0; counts nothing. */
  waitFor(key: string): number | Promise<number>;
  /**
   * Counts one attempt and says, in the same step, whether it went over the limit: the
   * milliseconds to wait, or 0 when it may go ahead. One step, so that requests racing on several
   * processes cannot all pass a check before any of them is counted.
   */
  count(key: string): number | Promise<number>;
  /** Takes back an attempt `count` let through that then did not happen (a refused join). */
  uncount(key: string): void | Promise<void>;
}

export interface RateBudget {
  /** Spends one unit of `key`'s budget; false when it is spent. */
  take(key: string): boolean;
}

/** A token bucket per key (a team, an address), forgotten once it has been idle for a minute. */
export class KeyedBuckets implements RateBudget {
  private readonly buckets = new Map<string, { bucket: TokenBucket; used: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): boolean {
    let entry = this.buckets.get(key);
    if (!entry) {
      entry = { bucket: new TokenBucket(this.perSecond, this.burst, this.now), used: 0 };
      this.buckets.set(key, entry);
      if (this.buckets.size > 10_000) this.sweep();
    }
    entry.used = this.now();
    return entry.bucket.take();
  }

  private sweep(): void {
    const stale = this.now() - 60_000;
    for (const [key, entry] of this.buckets) if (entry.used < stale) this.buckets.delete(key);
  }
}
