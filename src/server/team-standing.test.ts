import { describe, expect, it } from 'vitest';
import { debriefOf } from '../core/debrief.ts';
import { Encounter } from '../core/encounter.ts';
import { standingFrom } from './team-standing.ts';
import { fixtureStory } from '../../test/helpers/workshop-fixtures.ts';

const SEED = 7;

/** Every complete route through a story, by trying each option at each decision. */
function routes(json: string, prefix: number[] = []): number[][] {
  const { encounter } = Encounter.replay(json, prefix, { seed: SEED });
  if (encounter.ended) return [prefix];
  return encounter.choices.flatMap((_, i) => routes(json, [...prefix, i]));
}

describe("a team's leaderboard row", () => {
  // The leaderboard reads a play without writing its key moments; the debrief writes them too.
  it.each([
    'test/fixtures/trade-off.ink',
    'test/fixtures/judge-routes.ink',
    'test/fixtures/night-lift.ink',
  ])('says what the debrief says on every route through %s', (file) => {
    const story = fixtureStory(file);
    const all = routes(story.json);
    expect(all.length).toBeGreaterThan(2);
    const verdicts = new Set<string>();
    for (const path of all) {
      const { encounter } = Encounter.replay(story.json, path, { seed: SEED });
      const standing = standingFrom(story, encounter, 60);
      const debrief = debriefOf(story, encounter, { outlooks: [], aliveAt: 60 });
      const { served, failure, test } = debrief.verdict;
      expect(standing).toEqual({
        made: path.length,
        finished: true,
        ending: encounter.ending ?? null,
        overall: debrief.overall.percent,
        points: debrief.overall.points,
        qualities: debrief.qualities.map((q) => ({ id: q.id, score: q.score, percent: q.percent })),
        verdict: {
          served,
          betterOff: test.betterOff,
          ...(failure ? { failure: failure.kind } : {}),
        },
      });
      verdicts.add(JSON.stringify(standing.verdict));
    }
    // The routes reach more than one verdict, so a verdict read wrongly would show.
    expect(verdicts.size).toBeGreaterThan(1);
  });
});
