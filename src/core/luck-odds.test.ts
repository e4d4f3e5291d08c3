import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/fixtures.ts';
import { exploreStory } from './explore.ts';
import type { StateGraph } from './state-graph.ts';
import { scoreGraph } from './graph-scores.ts';
import { luckBoard, sureValues } from './luck-game.ts';
import { analyseInkFlow } from './ink-flow.ts';

const luckOf = (file: string) => exploreStory(fixtureJson(`loops/${file}`)).luck;

describe('what luck does to what a learner can earn, over every outcome', () => {
  it('coin-toss: whichever place the learner looks, a toss can leave the umbrella missing', () => {
    // Worked out from the ink: the cupboard (+1 foresight) or the porter (+1 listening), then
    // found (+2 empathy at best, −1 at worst) or not (+1 at best, −2 at worst). ink draws both
    // tosses from the same seed, so with any one seed exactly one place has it.
    const luck = luckOf('coin-toss.ink')!;
    expect(luck.total).toEqual({ bestSure: 2, bestLucky: 3, worstSure: 0, worstUnlucky: -1 });
    expect(luck.qualities.empathy).toEqual({
      bestSure: 1,
      bestLucky: 2,
      worstSure: -1,
      worstUnlucky: -2,
    });
    expect(luck.qualities.foresight).toMatchObject({ bestSure: 1, bestLucky: 1 });
    expect(luck.exact).toBe(true);
    const lent =
      "the options 'Lend her one of the hotel's and promise to keep looking', 'Say it is probably gone'";
    expect(luck.rolls).toEqual([
      {
        after: 'Check the lost-property cupboard yourself',
        // ink names the container of the draw: the first choice's branch at the story's top.
        sites: ['0.c-0'],
        outcomes: [
          {
            leadsTo:
              "the options 'Bring it to her and say where it was', 'Leave it at the desk for her to collect'",
            sure: 2,
            of: 1,
          },
          { leadsTo: lent, sure: 1, of: 1 },
        ],
      },
      {
        after: 'Ask the night porter what he saw',
        sites: ['0.c-1'],
        outcomes: [
          { leadsTo: lent, sure: 1, of: 1 },
          {
            leadsTo:
              "the options 'Bring it to her and thank the porter', 'Tell her to ask the porter herself'",
            sure: 2,
            of: 1,
          },
        ],
      },
    ]);
  });

  it('random-dice: a six-sided roll before the first decision, three faces each way', () => {
    // RANDOM(1, 6) > 3 is the busy desk (best +2, worst −2), else the quiet one (+3, −1).
    const luck = luckOf('random-dice.ink')!;
    expect(luck.total).toEqual({ bestSure: 2, bestLucky: 3, worstSure: -1, worstUnlucky: -2 });
    expect(luck.rolls).toHaveLength(1);
    expect(luck.rolls[0]!.after).toBeUndefined();
    expect(luck.rolls[0]!.outcomes.map((o) => [o.of, o.sure])).toEqual([
      [3, 3],
      [3, 2],
    ]);
  });

  it('fair-roll: early or late, the best answer earns 2 either way, so luck does not matter', () => {
    const luck = luckOf('fair-roll.ink')!;
    expect(luck.total).toMatchObject({ bestSure: 2, bestLucky: 2 });
    expect(luck.rolls).toEqual([]);
  });

  it('lift-retry: a lift that may stick can be tried again, so luck cannot keep the best from it', () => {
    // The lift goes up on 2 or 3 of RANDOM(1, 3) and sinks back on 1; upstairs is +3 at best.
    const luck = luckOf('lift-retry.ink')!;
    expect(luck.total).toEqual({ bestSure: 3, bestLucky: 3, worstSure: -1, worstUnlucky: -1 });
    expect(luck.rolls).toEqual([]);
  });

  it('stall-then-ok: a roll that stalls the story is luck at its worst, not an outcome skipped', () => {
    // Worked out from the ink: RANDOM(1, 3) == 1 spins for ever before any choice (the story
    // stops with nothing earned); 2 or 3 reach the desk, whose one option is +1 empathy. So
    // nobody is sure of the point, and the roll is listed with the stall as one of its ways.
    const luck = luckOf('stall-then-ok.ink')!;
    expect(luck.total).toEqual({ bestSure: 0, bestLucky: 1, worstSure: 1, worstUnlucky: 1 });
    expect(luck.rolls).toHaveLength(1);
    expect(luck.rolls[0]!.outcomes.map((o) => [o.leadsTo, o.sure])).toEqual([
      ["the story stalling after 'Round and round.' (a loop without a choice)", 0],
      ["the options 'Walk her to it'", 1],
    ]);
  });

  it('a story without randomness has no luck to read', () => {
    expect(luckOf('sticky-hub.ink')).toBeUndefined();
  });
});

describe('the game solved inside a loop where luck can send the learner round again', () => {
  // Hand-made: 1 is a decision: 'retry' (+5) rolls to 2, an end, or back to 1; 'gamble' (+1)
  // rolls to 3 or 4, each one decision from the end, with +3 or −3 on the way. 0 is the start.
  const option = (text: string, amount: number) => ({
    index: 0,
    text,
    effects: [{ quality: 'empathy' as const, amount }],
    barriers: [],
  });
  const g = {
    nodes: [
      { kind: 'start', options: [], edges: [{ option: -1, to: 1 }] },
      {
        kind: 'decision',
        options: [option('retry', 5), { ...option('gamble', 1), index: 1 }],
        edges: [
          { option: 0, to: 2 },
          { option: 0, to: 1 },
          { option: 1, to: 3 },
          { option: 1, to: 4 },
        ],
      },
      { kind: 'end', options: [], edges: [] },
      { kind: 'decision', options: [option('won', 3)], edges: [{ option: 0, to: 2 }] },
      { kind: 'decision', options: [option('lost', -3)], edges: [{ option: 0, to: 2 }] },
    ],
    steps: 0,
    problems: [],
    flow: analyseInkFlow('{"inkVersion":21,"root":[["done",null],"done",null],"listDefs":{}}'),
  } as unknown as StateGraph;
  const board = luckBoard(g, scoreGraph(g));

  it('counts a roll that can be tried again as won in the end (fair luck), not as lost for ever', () => {
    // Retrying until it works ends with +5; the gamble is sure of only 1 − 3.
    expect(sureValues(board, 1).value[0]).toBe(5);
  });

  it('holds a careless learner to the least they can make sure of', () => {
    // Minimising: retry ends at +5 whatever luck does; the gamble at 1 + 3 when luck helps.
    expect(0 - sureValues(board, -1).value[0]!).toBe(4);
  });
});
