import { describe, expect, it } from 'vitest';
import { Encounter } from '../core/encounter.ts';
import { fixtureStory } from '../../test/helpers/workshop-fixtures.ts';
import { buildWalkthrough } from './walkthrough.ts';

const story = fixtureStory('test/fixtures/small-desk.ink');
const played = (name: string, path: number[]) => {
  const replay = Encounter.resume(story.json, path, { seed: 1 });
  if (!replay.ok) throw new Error(replay.error.reason);
  return { name, decisions: replay.value.decisions };
};

describe('decision walk-through', () => {
  const points = buildWalkthrough([
    played('Night shift', [0, 0]),
    played('Day shift', [1, 1]),
    played('<b>Late</b>', [0, 1]),
    played('Not started', []),
  ]);

  it('counts how many teams took each option at each decision point, in story order', () => {
    expect(points.map((p) => p.number)).toEqual([1, 2]);
    expect(points[0]!.said).toBe(
      'Mr. Osei: I have a call at noon. Could I keep the room until one?',
    );
    expect(points[0]!.reached).toBe(3);
    expect(points[0]!.options.map((o) => [o.count, o.teams])).toEqual([
      [2, ['<b>Late</b>', 'Night shift']],
      [1, ['Day shift']],
    ]);
    expect(points[1]!.options.map((o) => o.count)).toEqual([1, 2]);
  });

  it('marks the option that served best, with its feedback', () => {
    const best = points[1]!.options.filter((o) => o.best);
    expect(best).toHaveLength(1);
    expect(best[0]!.text).toBe("Offer one o'clock and tell housekeeping now");
    expect(best[0]!.feedback).toMatch(/keeps your promise/);
    expect(best[0]!.effects).toBe('Foresight +2, Stewardship +1');
  });
});
