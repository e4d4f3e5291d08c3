import { describe, expect, it } from 'vitest';
import { exploreStory } from './explore.ts';
import { fixtureJson } from '../../test/helpers/fixtures.ts';

describe('exploreStory', () => {
  it('finds the reachable maximum and minimum per quality of a hand-checked story', () => {
    const result = exploreStory(fixtureJson('small-desk.ink'));
    expect(result.paths).toBe(4);
    expect(result.boundHit).toBeUndefined();
    expect(result.ranges.max).toMatchObject({
      listening: 2,
      empathy: 1,
      stewardship: 2,
      foresight: 2,
      community: 1,
    });
    expect(result.ranges.min).toMatchObject({
      listening: -1,
      empathy: -1,
      stewardship: 0,
      foresight: 0,
    });
    expect(result.ranges.maxTotal).toBe(6);
    expect(result.ranges.minTotal).toBe(0);
    expect(result.ranges.practised).toEqual([
      'listening',
      'empathy',
      'foresight',
      'stewardship',
      'community',
    ]);
    expect(result.endings).toEqual({ 'Room kept, promise kept': 2, 'The lounge instead': 2 });
    expect(result.decisions).toEqual({ min: 2, max: 2 });
  });

  it('respects variables and conditional choices', () => {
    const result = exploreStory(fixtureJson('variables.ink'));
    // Only a promise made earlier opens the +3 call back: the max is reachable, the rest is not.
    expect(result.ranges.max.community).toBe(3);
    expect(result.ranges.maxTotal).toBe(3);
    expect(result.paths).toBe(3);
    expect(result.endings).toEqual({ 'Promise kept': 1, 'Answered by email': 2 });
  });

  it('stops at its bound on a story that loops, and says so', () => {
    const result = exploreStory(fixtureJson('loop.ink'), { maxDecisions: 12 });
    expect(result.boundHit).toBe('decisions');
    // Eleven answers then a fix is the longest complete path inside the bound.
    expect(result.ranges.max.listening).toBe(11);
    expect(result.ranges.max.healing).toBe(2);
    expect(result.ranges.min.healing).toBe(-11);
    expect(result.endings.Fixed).toBeGreaterThan(0);
  });

  it('reports a score tag written outside the brackets', () => {
    const result = exploreStory(fixtureJson('outside-brackets.ink'));
    expect(result.ranges.max.listening).toBe(0);
    expect(result.problems.map((p) => p.message)).toContain(
      "'#listening +2' is on a line, not a choice, so it scores nothing",
    );
  });
});
