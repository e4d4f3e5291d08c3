import { describe, expect, it } from 'vitest';
import type { TeamRow } from './standings.ts';
import { rankRows, resultRows } from './ranking.ts';

const row = (name: string, overall: number, points: number, finished = true): TeamRow => ({
  teamId: name.toLowerCase(),
  name,
  made: 3,
  finished,
  ending: null,
  overall,
  points,
  qualities: [],
  verdict: { served: true, betterOff: true },
  online: true,
});

describe('ranking', () => {
  it('ranks by serving score, then points; equal scores share a rank', () => {
    const ranked = rankRows([
      row('C', 50, 5),
      row('A', 80, 8),
      row('B', 80, 8, false),
      row('D', 20, 2),
    ]);
    expect(ranked.map((r) => [r.rank, r.row.name])).toEqual([
      [1, 'A'],
      [1, 'B'],
      [3, 'C'],
      [4, 'D'],
    ]);
  });

  it('marks the asking team in the results a team device sees', () => {
    const results = resultRows([row('A', 80, 8), row('B', 40, 4)], 'b');
    expect(results.map((r) => [r.rank, r.name, r.mine])).toEqual([
      [1, 'A', false],
      [2, 'B', true],
    ]);
  });
});
