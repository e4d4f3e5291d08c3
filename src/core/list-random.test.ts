import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/fixtures.ts';
import { Encounter } from './encounter.ts';
import { exploreStory } from './explore.ts';

/*
 * LIST_RANDOM(LIST_ALL(complaints)) draws one of three complaint cards. Each expectation is worked
 * out by hand from the ink: noise (+2 or −1 empathy), towels (+1 stewardship +1 foresight, or −1
 * stewardship), wifi (+1 or −2 listening).
 */
const json = fixtureJson('loops/list-random.ink');

describe('LIST_RANDOM, explored over every item of the list', () => {
  const x = exploreStory(json);

  it('reaches every ending, where following one seed reached one card', () => {
    expect(Object.keys(x.endings).sort()).toEqual([
      'Another loud night',
      'Back online',
      'Quiet room',
      'Sent to the café',
      'Towels brought',
      'Wait for housekeeping',
    ]);
    expect(x.ranges).toMatchObject({ maxTotal: 2, minTotal: -2, exact: true });
    expect(x.ranges.max).toMatchObject({ empathy: 2, stewardship: 1, foresight: 1, listening: 1 });
    expect(x.problems).toEqual([]);
  });

  it('is a chance node: the draw is the roll that matters, one card per outcome', () => {
    expect(x.luck?.total).toEqual({ bestSure: 1, bestLucky: 2, worstSure: -1, worstUnlucky: -2 });
    expect(x.luck?.rolls).toHaveLength(1);
    expect(x.luck?.rolls[0]!.outcomes.map((o) => [o.leadsTo.split("'")[1], o.sure])).toEqual([
      ['Move him to a quiet room on the top floor', 2],
      ['Bring towels up yourself and check the linen rota', 2],
      ['Reset the access point by his room and give him the lobby code', 1],
    ]);
  });

  it('takes the cards ink itself deals: every card a seeded play meets is one explored', () => {
    // The oracle is inkjs playing the compiled story with its own LIST_RANDOM.
    const met = new Set<string>();
    for (let seed = 0; seed < 60; seed++) met.add(new Encounter(json, { seed }).choices[0]!.text);
    const explored = x.luck!.rolls[0]!.outcomes.map((o) => o.leadsTo.split("'")[1]);
    expect([...met].sort()).toEqual([...explored].sort());
  });
});
