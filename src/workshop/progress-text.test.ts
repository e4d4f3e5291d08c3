import { describe, expect, it } from 'vitest';
import { decisionsText, percentText, progressText, roundSummary } from './progress-text.ts';

describe('progress text', () => {
  it('counts decisions from one, against the longest path when paths differ', () => {
    expect(progressText(0, false, { min: 6, max: 9 })).toBe('Decision 1 of up to 9');
    expect(progressText(3, false, { min: 5, max: 5 })).toBe('Decision 4 of 5');
    expect(progressText(7, true, { min: 6, max: 9 })).toBe('Finished (7 decisions)');
  });

  it("says a scenario's length as one number when every path has as many decisions", () => {
    expect(decisionsText({ min: 8, max: 8 })).toBe('8 decisions');
    expect(decisionsText({ min: 6, max: 9 })).toBe('6–9 decisions');
    expect(decisionsText({ min: 1, max: 1 })).toBe('1 decision');
  });

  it('shows a share, or points where the story has none to share', () => {
    expect(percentText(75, 3)).toBe('75%');
    expect(percentText(null, -2)).toBe('-2 pts');
  });

  it('sums up the round for the host', () => {
    const row = { finished: true } as Parameters<typeof roundSummary>[1][number];
    expect(roundSummary('Round in progress', [row])).toBe(
      'Round in progress: 1 team joined, 1 finished.',
    );
  });
});
