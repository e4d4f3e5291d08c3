import { describe, expect, it } from 'vitest';
import { exploreStory } from './explore.ts';
import { luckWorlds } from './luck-worlds.ts';
import { fixtureJson } from '../../test/helpers/fixtures.ts';

describe('the ways the rolls go, given the story explored over every outcome', () => {
  it('are one, read off that exploration with no seed tried, when no roll changes a route', () => {
    const json = fixtureJson('loops/shuffled-words.ink');
    const x = exploreStory(json);
    // `{~Mr. Osei|The guest in 214}` only names the guest: both lead on to the same state.
    expect(x.luckSteers).toBe(false);
    const spread = luckWorlds(json, undefined, x);
    expect(spread).toMatchObject({ tried: 0, steers: false });
    // Ask (+3), then one o'clock and tell housekeeping (+3); the rule (0), then the lounge (0).
    expect(spread.worlds).toEqual([
      {
        seeds: [0],
        best: {
          total: 6,
          choices: ['Ask what the call is for', "Offer one o'clock and tell housekeeping now"],
        },
        worst: {
          total: 0,
          choices: ['Say checkout is at eleven', 'Offer the lounge for the call'],
        },
        exact: true,
      },
    ]);
    // Any one seed, explored as a play with it meets the rolls, allows exactly these routes.
    const seed = exploreStory(json, { seed: 7, followSeed: true });
    expect([seed.ranges.maxTotal, seed.bestPath]).toEqual([6, spread.worlds[0]!.best.choices]);
    expect([seed.ranges.minTotal, seed.worstPath]).toEqual([0, spread.worlds[0]!.worst.choices]);
  });

  it('are still told apart seed by seed when a roll changes the route', () => {
    const json = fixtureJson('loops/random-branch.ink');
    const x = exploreStory(json);
    expect(x.luckSteers).toBe(true);
    const spread = luckWorlds(json, undefined, x);
    expect(spread.steers).toBeUndefined();
    expect(spread.tried).toBe(24);
    expect(spread.worlds.map((w) => w.best.total).sort()).toEqual([2, 3]);
  });
});
