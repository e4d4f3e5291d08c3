import { describe, expect, it } from 'vitest';
import { parseCompleteWhen, parsePassWhen } from './completion-rule.ts';
import { packageOutcome } from './package-outcome.ts';
import type { BestResult } from './suspend-state.ts';

const ids = ['a', 'b', 'c'];
const bests = (entries: Record<string, BestResult>) => new Map(Object.entries(entries));
const strong: BestResult = { overall: 90, qualities: { listening: 100, empathy: 60 } };
const even: BestResult = { overall: 75, qualities: { listening: 80, empathy: 80 } };

describe('the package outcome under the build’s completion rule', () => {
  it('by default is complete only when every scenario is finished', () => {
    expect(packageOutcome(ids, bests({ a: strong, b: even }), 70).complete).toBe(false);
    const all = packageOutcome(ids, bests({ a: strong, b: even, c: even }), 70);
    expect(all).toMatchObject({ complete: true, score: 80, passed: true });
  });

  it('completes on any one scenario, or on N of them', () => {
    const one = bests({ b: even });
    expect(
      packageOutcome(ids, one, 70, { completeWhen: 'any', passWhen: 'overall' }),
    ).toMatchObject({ complete: true, score: 75, passed: true });
    expect(packageOutcome(ids, one, 70, { completeWhen: 2, passWhen: 'overall' }).complete).toBe(
      false,
    );
    // N above the package's size means all of them.
    expect(
      packageOutcome(ids, bests({ a: even, b: even, c: even }), 70, {
        completeWhen: 9,
        passWhen: 'overall',
      }).complete,
    ).toBe(true);
  });

  it('under the qualities rule passes only when every practised quality reaches the mark', () => {
    const rule = { completeWhen: 'any', passWhen: 'qualities' } as const;
    // 90% overall, but empathy at 60%: passed on the mean, failed on the qualities.
    expect(packageOutcome(ids, bests({ a: strong }), 70).passed).toBe(undefined);
    expect(packageOutcome(ids, bests({ a: strong }), 70, rule).passed).toBe(false);
    expect(packageOutcome(ids, bests({ a: even }), 70, rule).passed).toBe(true);
  });

  it('reads the build flags and refuses what they do not mean', () => {
    expect(parseCompleteWhen('all')).toBe('all');
    expect(parseCompleteWhen('3')).toBe(3);
    expect(parseCompleteWhen('0')).toBeUndefined();
    expect(parseCompleteWhen('most')).toBeUndefined();
    expect(parsePassWhen('qualities')).toBe('qualities');
    expect(parsePassWhen('every')).toBeUndefined();
  });
});
