import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/fixtures.ts';
import { decisionTree } from './decision-tree.ts';
import { storyMetrics, variablesRead } from './story-metrics.ts';

// trade-off.ink, by hand: yes-at-once (+2) then luck (+1) = 3; ask (+2 -1) then quiet room (+3) = 4,
// the best; the braced-for-a-knock endings score 2 - 1 = 1 and 1 + 0 = 1 and leave him angry.
describe('story metrics on a story whose best start costs something', () => {
  const json = fixtureJson('trade-off.ink');
  const m = storyMetrics(decisionTree(json));

  it('finds the best total through the option with a minus', () => {
    expect(m.bestTotal).toBe(4);
    expect(m.decisions).toBe(3);
    // Only the first decision's model answer (ask, empathy -1) costs anything.
    expect(m.modelCosts).toBe(1);
  });

  it('shows that avoiding every minus and taking the biggest number now both miss the best', () => {
    expect(m.noMinusPercent).toBe(75);
    expect(m.greedyIsBest).toBe(false);
  });

  it('keeps the best ending for the best route, and names the worst routes', () => {
    expect(m.bestEndingFloor).toBe(100);
    // Yes at once then the knock warning, and asking then leaving him to it: both total 1.
    expect(m.worstPaths).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('counts the model answer as longest only where it is, and averages the words', () => {
    // Longest at decision 1: "Say yes at once…" (not the model); after asking: "Wish him good luck…";
    // after yes: "Tell him housekeeping…". The model is the longest nowhere.
    expect(m.modelLongest).toBe(0);
    expect(m.choiceWords).toBe(Math.round(((9 + 5 + 3 + 14 + 4 + 13) / 6) * 10) / 10);
  });

  it('names the variables the story reads back', () => {
    expect(variablesRead(json)).toEqual(['trust']);
  });
});
