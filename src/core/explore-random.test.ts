import { describe, expect, it } from 'vitest';
import { exploreStory, startExploration } from './explore.ts';
import { fixtureJson } from '../../test/helpers/fixtures.ts';

/*
 * Random draws are followed over every outcome (luck-hook.ts, luck-tape.ts). Each expectation is
 * worked out by hand from the fixture's ink. inkjs is pinned: if an upgrade changes how ink draws,
 * these fail (a draw no longer branched finds fewer endings; one ink made itself is an error).
 */
const endings = (x: { endings: Record<string, unknown> }) => Object.keys(x.endings).sort();

describe('random draws, explored over every outcome', () => {
  it('finds the branch a roll of 37 in RANDOM(1, 100) opens, which sampling seeds missed', () => {
    const x = exploreStory(fixtureJson('loops/rare-roll.ink'));
    // Guest: +1 or -1 empathy. Owner (one roll in a hundred): +3 or -2 stewardship.
    expect(endings(x)).toEqual([
      'Kept it quiet',
      'Left to the stairs',
      'Shown the way',
      'Told the owner',
    ]);
    expect(x.ranges).toMatchObject({ maxTotal: 3, minTotal: -2, exact: true });
    expect(x.ranges.max).toMatchObject({ empathy: 1, stewardship: 3 });
    expect(x.problems).toEqual([]);
    // The opening stretch once per number, then two options in each of the two knots.
    expect(x.steps).toBe(100 + 4);
  });

  it('takes each number of a die and reads the variable it sets', () => {
    const x = exploreStory(fixtureJson('loops/random-dice.ink'));
    // 4–6 busy: +2 or -2. 1–3 quiet: the bill (-1), or ask (+1) then the radiator (+2 or -1).
    expect(endings(x)).toEqual([
      'Checked out',
      'Lost in the line',
      'Radiator ignored',
      'Radiator reported',
      'Served in the rush',
    ]);
    expect(x.ranges).toMatchObject({ maxTotal: 3, minTotal: -2, exact: true });
    expect(x.ranges.max).toMatchObject({ listening: 1, empathy: 1, foresight: 2, stewardship: 0 });
    expect(x.ranges.min).toMatchObject({ empathy: -2, foresight: -1, stewardship: -1 });
  });

  it('branches on a roll that comes after a choice, on every route to it', () => {
    const x = exploreStory(fixtureJson('loops/roll-after-choice.ink'));
    // Recode (+1) or security (-1), then the manager free (+3 or +1) or busy (+1 or +1).
    expect(endings(x)).toEqual(['Callback promised', 'On his way', 'Upgraded']);
    expect(x.ranges).toMatchObject({ maxTotal: 4, minTotal: 0, exact: true });
    expect(x.ranges.max).toMatchObject({ empathy: 1, healing: 3, listening: 1, foresight: 1 });
  });

  it('takes each element of a shuffle that sets a variable', () => {
    const x = exploreStory(fixtureJson('loops/random-shuffle.ink'));
    // Guest: +2 or -1; supplier: +3 or -1. The other caller's option is never offered.
    expect(endings(x)).toEqual(['Booking confirmed', 'Call back later', 'Delivery rebooked']);
    expect(x.ranges).toMatchObject({ maxTotal: 3, minTotal: -1, exact: true });
  });

  it('never shows one element of a shuffle twice in a round, as ink never does', () => {
    const x = exploreStory(fixtureJson('loops/shuffle-twice.ink'));
    // Two callers shuffled and heard twice: each once, in either order. Taking every element at
    // every draw would also find the same caller twice (+3), which no seed gives.
    expect(endings(x)).toEqual(['One call each']);
    expect(x.ranges).toMatchObject({ maxTotal: 1, minTotal: 1, exact: true });
  });

  it('plays only the stretch that draws, once per element, and scores as the story without it', () => {
    const plain = exploreStory(fixtureJson('small-desk.ink'));
    const shuffled = exploreStory(fixtureJson('loops/shuffled-words.ink'));
    expect(shuffled.ranges).toEqual(plain.ranges);
    expect(shuffled.paths).toBe(plain.paths);
    // `{~Mr. Osei|The guest in 214}` is never seen again, so both names lead to one state: the
    // opening is played twice and everything after it once, as in the story without the shuffle.
    expect(shuffled.steps).toBe(plain.steps + 1);
  });

  it('marks the ranges approximate when the step bound cuts the outcomes of a draw', () => {
    const x = exploreStory(fixtureJson('loops/rare-roll.ink'), { maxSteps: 50 });
    expect(x.exact).toBe(false);
    expect(x.ranges.exact).toBe(false);
    expect(x.ranges.cut).toContain('step bound');
  });

  it('takes the other outcomes of a draw when one of them loops without a choice', () => {
    const x = exploreStory(fixtureJson('loops/stall-then-ok.ink'));
    // A roll of 1 spins for ever (an error at its line); 2 and 3 reach the desk (+1 empathy).
    expect(endings(x)).toEqual(['Helped']);
    expect(x.ranges).toMatchObject({ maxTotal: 1, minTotal: 1 });
    expect(x.problems).toEqual([
      expect.objectContaining({ severity: 'error', near: 'Round and round.' }),
    ]);
    expect(x.problems[0]!.message).toContain('loops without a choice');
  });

  it('reports RANDOM with its bounds the wrong way round, as the game stops on it', () => {
    const x = exploreStory(fixtureJson('loops/random-backwards.ink'));
    // ink stops at RANDOM(5, 1) for every seed, before the only choice is offered.
    expect(endings(x)).toEqual([]);
    expect(x.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining(
          'RANDOM was called with minimum as 5 and maximum as 1',
        ) as unknown,
      }),
    ]);
  });

  it('draws as ink does after SEED_RANDOM, so the one roll every learner gets is exact', () => {
    const x = exploreStory(fixtureJson('loops/reseeded-roll.ink'));
    // After SEED_RANDOM(3) every learner rolls the same number: ink's generator gives
    // 3 × 48271 = 144813 from seed 3, and RANDOM(1, 100) is 144813 % 100 + 1 = 14, not 37: the
    // guest, never the owner, whatever seed the game plays with.
    expect(endings(x)).toEqual(['Left to the stairs', 'Shown the way']);
    expect(x.ranges).toMatchObject({ exact: true, maxTotal: 1, minTotal: -1 });
    expect(x.problems).toEqual([]);
    for (const seed of [0, 1, 2, 3]) {
      const ink = exploreStory(fixtureJson('loops/reseeded-roll.ink'), { seed, followSeed: true });
      expect(endings(ink)).toEqual(endings(x));
    }
  });

  it('takes a bounded, evenly spread share of a draw over a million outcomes, marked approximate', () => {
    const x = exploreStory(fixtureJson('loops/huge-roll.ink'), { maxOutcomes: 20, maxSteps: 200 });
    // 20 of the million numbers (1, 50001, …), none of them 777777: the guest's two options.
    expect(x.steps).toBe(20 + 2);
    expect(endings(x)).toEqual(['Left to the stairs', 'Shown the way']);
    expect(x.ranges).toMatchObject({ exact: false, maxTotal: 1 });
    expect(x.ranges.cut).toContain('more than 20 outcomes');
  });

  it('cuts an exploration at its default time bound and marks it approximate', () => {
    // A clock that moves a second each time it is read: no real time is measured.
    let ms = 0;
    const x = exploreStory(fixtureJson('loops/rare-roll.ink'), { now: () => (ms += 1000) });
    expect(x.exact).toBe(false);
    expect(x.ranges.cut).toContain('time bound (40.0 s)');
  });

  it('counts only the time spent exploring, not the waits between slices, toward the bound', () => {
    // A page reads a play in idle slices: a minute passes between slices, a millisecond in each.
    let ms = 0;
    const run = startExploration(fixtureJson('loops/rare-roll.ink'), { now: () => (ms += 1) });
    while (!run.advance(5)) ms += 60_000;
    expect(run.result().exact).toBe(true);
  });
});
