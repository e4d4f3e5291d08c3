import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exploreStory } from './explore.ts';
import { fixtureJson, STORIES } from '../../test/helpers/fixtures.ts';

// Replaying a stretch of story met before (from the same place, with the same values read) must
// give exactly what playing it again gives: every figure of the exploration, the graph included.
const FIXTURES = [
  'variables.ink',
  'two-ways-in.ink',
  'trade-off.ink',
  'loops/sticky-hub.ink',
  'loops/ten-merged.ink',
  path.relative(path.resolve(STORIES, '../test/fixtures'), path.join(STORIES, 'lift-is-out.ink')),
  path.relative(
    path.resolve(STORIES, '../test/fixtures'),
    path.join(STORIES, 'friday-results.ink'),
  ),
  // Its checkout picks an ending from five running totals and a log string ('log ? "full"'): the
  // ending stretch is replayed for every state whose conditions come out the same.
  path.relative(path.resolve(STORIES, '../test/fixtures'), path.join(STORIES, 'hotel-heat.ink')),
  // Rounds that stop at a decision with totals worked out from totals (an int, a float, a string):
  // a round replayed for a state whose conditions come out the same must leave that state's own
  // totals, not those of the play it replays; its closing stretch keeps a derived temporary.
  'running-totals.ink',
];

describe('replayed stretches of story', () => {
  it.each(FIXTURES)('%s: explores exactly as playing every stretch afresh does', (name) => {
    const json = fixtureJson(name);
    const afresh = exploreStory(json, { memoise: false });
    expect(afresh.states).toBeGreaterThan(1);
    expect(exploreStory(json)).toEqual(afresh);
  });
});
