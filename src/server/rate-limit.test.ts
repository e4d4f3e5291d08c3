import { describe, expect, it } from 'vitest';
import { TokenBucket, WindowLimiter } from './rate-limit.ts';

describe('WindowLimiter', () => {
  it('refuses a key past its limit until the window has passed, other keys unaffected', () => {
    let now = 1_000;
    const limiter = new WindowLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) expect(limiter.count('10.0.0.9')).toBe(0);
    expect(limiter.waitFor('10.0.0.9')).toBe(60_000);
    expect(limiter.waitFor('10.0.0.7')).toBe(0);
    now += 59_999;
    expect(limiter.waitFor('10.0.0.9')).toBe(1);
    now += 1;
    expect(limiter.waitFor('10.0.0.9')).toBe(0);
  });

  it('says in the count itself whether it went over, and gives back what is taken back', () => {
    const now = 5_000;
    const limiter = new WindowLimiter(2, 60_000, () => now);
    expect([limiter.count('a'), limiter.count('a'), limiter.count('a')]).toEqual([0, 0, 60_000]);
    limiter.uncount('a');
    expect(limiter.waitFor('a')).toBe(60_000);
    limiter.uncount('a');
    expect(limiter.count('a')).toBe(0);
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
