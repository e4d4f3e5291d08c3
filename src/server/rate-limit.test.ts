import { describe, expect, it } from 'vitest';
import { TokenBucket, WindowLimiter } from './rate-limit.ts';

describe('WindowLimiter', () => {
  it('refuses a key past its limit until the window has passed, other keys unaffected', () => {
    let now = 1_000;
    const limiter = new WindowLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.waitFor('10.0.0.9')).toBe(0);
      limiter.record('10.0.0.9');
    }
    expect(limiter.waitFor('10.0.0.9')).toBe(60_000);
    expect(limiter.waitFor('10.0.0.7')).toBe(0);
    now += 59_999;
    expect(limiter.waitFor('10.0.0.9')).toBe(1);
    now += 1;
    expect(limiter.waitFor('10.0.0.9')).toBe(0);
  });
});

describe('TokenBucket', () => {
  it('allows a burst, then refills at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 20, () => now);
    for (let i = 0; i < 20; i++) expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 100;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });
});
