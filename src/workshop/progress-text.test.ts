import { describe, expect, it } from 'vitest';
import { percentText, progressText, roundSummary } from './progress-text.ts';

describe('progress text', () => {
  it('counts decisions from one, against the longest path when paths differ', () => {
    expect(progressText(0, false, { min: 6, max: 9 })).toBe('Decision 1 of up to 9');
    expect(progressText(3, false, { min: 5, max: 5 })).toBe('Decision 4 of 5');
    expect(progressText(7, true, { min: 6, max: 9 })).toBe('Finished (7 decisions)');
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
