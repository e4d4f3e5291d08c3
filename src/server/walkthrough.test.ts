import { describe, expect, it } from 'vitest';
import { outlookAt } from '../core/debrief.ts';
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

describe('the walk-through of a story whose best answer costs now and pays later', () => {
  const costly = fixtureStory('test/fixtures/trade-off.ink');
  const play = (name: string, path: number[]) => {
    const replay = Encounter.resume(costly.json, path, { seed: 1 });
    if (!replay.ok) throw new Error(replay.error.reason);
    return { name, decisions: replay.value.decisions };
  };
  const points = buildWalkthrough([play('Quick', [0, 0]), play('Asked', [1, 0])], (route) =>
    outlookAt(costly.json, 1, route),
  );

  it('marks the start of the best route as served best, not the best immediate score', () => {
    // "Say yes" earns +2 now and at most +1 after (3); "Ask" nets +1 now and opens +3 (4).
    expect(points[0]!.options.filter((o) => o.best).map((o) => o.text)).toEqual([
      'Ask about the call first',
    ]);
  });

  it('reads each later point on the route that reached it', () => {
    const quiet = points.find((p) => p.options.some((o) => o.text === 'Book the quiet room'));
    expect(quiet?.options.filter((o) => o.best).map((o) => o.text)).toEqual([
      'Book the quiet room',
    ]);
  });
});
