import { describe, expect, it } from 'vitest';
import { exploreStory, optionOutlooks, startExploration } from './explore.ts';
import { fixtureJson } from '../../test/helpers/fixtures.ts';

describe('exploreStory', () => {
  it('finds the reachable maximum and minimum per quality of a hand-checked story', () => {
    const result = exploreStory(fixtureJson('small-desk.ink'));
    expect(result.paths).toBe(4);
    expect(result.exact).toBe(true);
    expect(result.ranges.exact).toBe(true);
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
    // The one path totalling 6: ask (+2 listening, +1 empathy), then one o'clock (+2 foresight, +1 stewardship).
    expect(result.ranges.bestPlay.max).toMatchObject({
      listening: 2,
      empathy: 1,
      foresight: 2,
      stewardship: 1,
      community: 0,
    });
    expect(result.ranges.bestPlay.min).toEqual(result.ranges.bestPlay.max);
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

  it('reports a scoring choice a learner could repeat in a loop, and marks the ranges approximate', () => {
    const result = exploreStory(fixtureJson('loop.ink'));
    expect(result.loops).toBe(true);
    expect(result.farmed.map((f) => f.near)).toEqual(['Answer it']);
    expect(result.exact).toBe(false);
    expect(result.ranges.exact).toBe(false);
    expect(result.ranges.cut).toContain('Answer it');
    expect(result.ranges.max.healing).toBe(2);
    expect(result.endings).toEqual({ Fixed: 1, Escalated: 1 });
  });

  it('reports a score tag written outside the brackets', () => {
    const result = exploreStory(fixtureJson('outside-brackets.ink'));
    expect(result.ranges.max.listening).toBe(0);
    expect(result.problems.map((p) => p.message)).toContain(
      "'#listening +2' is on a line, not a choice, so it scores nothing",
    );
  });

  it('explores ten 3-option decisions merged into shared knots as ten states, exactly', () => {
    const result = exploreStory(fixtureJson('loops/ten-merged.ink'));
    expect(result.exact).toBe(true);
    expect(result.states).toBe(10);
    expect(result.paths).toBe(3 ** 10);
    // Each decision gives +1, 0 or -1 listening: ten decisions give 10 at best, -10 at worst.
    expect(result.ranges.max.listening).toBe(10);
    expect(result.ranges.maxTotal).toBe(10);
    expect(result.ranges.minTotal).toBe(-10);
    expect(result.ranges.bestPlay.min.listening).toBe(10);
    expect(result.bestPath).toEqual(
      Array.from({ length: 10 }, (_, i) => `Answer question ${i + 1} fully`),
    );
  });

  it('finds a sticky hub with an exit exact, with its once-only questions all counted', () => {
    const result = exploreStory(fixtureJson('loops/sticky-hub.ink'));
    expect(result.exact).toBe(true);
    expect(result.loops).toBe(true);
    expect(result.farmed).toEqual([]);
    // Breakfast (+1 listening), the wedding (+2 empathy), then the key (+1 community).
    expect(result.ranges.maxTotal).toBe(4);
    expect(result.ranges.max).toMatchObject({ listening: 1, empathy: 2, community: 1 });
    expect(result.endings).toHaveProperty('Checked in');
    expect(result.endless).toEqual([]);
  });

  it('follows every outcome of a random branch, whatever the seed', () => {
    for (const seed of [0, 1, 2, 3]) {
      const result = exploreStory(fixtureJson('loops/random-branch.ink'), { seed });
      expect(Object.keys(result.endings).sort()).toEqual([
        'Booking confirmed',
        'Call back later',
        'Delivery rebooked',
        'Passed on',
      ]);
      expect(result.ranges.maxTotal).toBe(3);
      expect(result.ranges.minTotal).toBe(-2);
      expect(result.ranges.max).toMatchObject({ listening: 2, foresight: 3 });
    }
  });

  it('names a choice loop with no end instead of running for ever', () => {
    const result = exploreStory(fixtureJson('loops/choice-loop-no-end.ink'));
    expect(result.endless.map((e) => e.near)).toEqual(['Choice 1']);
    expect(result.paths).toBe(0);
  });

  it('stops a loop without a choice and a spin, and says which', () => {
    const loop = exploreStory(fixtureJson('loops/loop-no-choice.ink'));
    expect(loop.problems).toEqual([
      expect.objectContaining({ severity: 'error', near: 'Round and round.' }),
    ]);
    expect(loop.problems[0]?.message).toContain('loops without a choice');
    const spin = exploreStory(fixtureJson('loops/spin.ink'));
    expect(spin.problems).toEqual([expect.objectContaining({ severity: 'error', knot: 'spin' })]);
  });

  it('cuts at its state bound and says so, keeping what it found', () => {
    const result = exploreStory(fixtureJson('loops/ten-merged.ink'), { maxStates: 4 });
    expect(result.exact).toBe(false);
    expect(result.ranges.exact).toBe(false);
    expect(result.ranges.cut).toContain('state bound');
  });

  it('runs in slices that a worker can stop between', () => {
    const run = startExploration(fixtureJson('loops/ten-merged.ink'));
    let slices = 1;
    while (!run.advance(3)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(run.result().ranges.maxTotal).toBe(10);
  });
});

describe('optionOutlooks', () => {
  it('gives each option the best and worst total still reachable from it', () => {
    const json = fixtureJson('small-desk.ink');
    // Asking (+3) then one o'clock (+3) or the lounge (0); the rule (0) then the same.
    expect(optionOutlooks(json, 0, [])).toEqual([
      { index: 0, bestTotal: 6, worstTotal: 3, exact: true },
      { index: 1, bestTotal: 3, worstTotal: 0, exact: true },
    ]);
    expect(optionOutlooks(json, 0, [1])).toEqual([
      { index: 0, bestTotal: 3, worstTotal: 3, exact: true },
      { index: 1, bestTotal: 0, worstTotal: 0, exact: true },
    ]);
  });

  it('sees the route: a promise that costs now opens the best ending later', () => {
    const outlooks = optionOutlooks(fixtureJson('variables.ink'), 0, []);
    // Promise: -1 +1 now, then +3 for keeping it; promise nothing: +1, then only the +1 email.
    expect(outlooks.map((o) => [o.bestTotal, o.worstTotal])).toEqual([
      [3, 1],
      [2, 2],
    ]);
  });
});
