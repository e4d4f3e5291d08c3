import { describe, expect, it } from 'vitest';
import { debriefOf } from '../core/debrief.ts';
import { Encounter } from '../core/encounter.ts';
import { seededRandom } from '../core/random.ts';
import { fixtureStory } from '../../test/helpers/workshop-fixtures.ts';
import { buildWalkthrough } from './walkthrough.ts';
import {
  CATCH_UP_STEPS,
  outlooksReady,
  outlookWork,
  playOutlooks,
  prepareOutlooks,
  storyOutlook,
} from './story-outlooks.ts';

const hotel = fixtureStory('stories/hotel-heat.ink');
/** The same story under another hash, so each test has its own table. */
const copy = (name: string) => ({ ...hotel, hash: `${hotel.hash}:${name}` });

/** Thirty teams' plays, each picking at random: the reveal of a full workshop. */
function plays(seed: number) {
  const random = seededRandom(7);
  return Array.from({ length: 30 }, (_, i) => {
    const play = new Encounter(hotel.json, { seed });
    while (!play.ended) play.choose(Math.floor(random() * play.choices.length));
    return { name: `Team ${i + 1}`, encounter: play };
  });
}

describe("the workshop server's model answers", () => {
  it('reads a story its bound cuts off the one table, marked approximate, with no exploration per decision', async () => {
    const story = copy('cut');
    await prepareOutlooks(story, { budget: { maxStates: 40 } });
    const work = outlookWork(story);
    expect(work).toBeGreaterThan(0);
    const teams = plays(3);
    for (const { encounter } of teams) {
      const outlooks = playOutlooks(story, 3, encounter.decisions);
      const view = debriefOf(story, encounter, { outlooks });
      expect(view.decisions.every((d) => d.approximate)).toBe(true);
    }
    const points = buildWalkthrough(
      teams.map((t) => ({ name: t.name, decisions: t.encounter.decisions })),
      (route) => storyOutlook(story, 3, route),
    );
    expect(points.every((p) => p.approximate)).toBe(true);
    // Thirty debriefs and the walk-through cost the server nothing beyond the table's own bound.
    expect(outlookWork(story)).toBe(work);
  });

  it('spends a bounded catch-up on a table still being prepared, then answers exactly', async () => {
    const story = copy('pending');
    const ready = prepareOutlooks(story);
    expect(outlooksReady(story)).toBe(false);
    expect(outlookWork(story)).toBeLessThan(CATCH_UP_STEPS + 50);
    expect(storyOutlook(story, 3, [])).toBeUndefined();
    await ready;
    const [team] = plays(3);
    const outlooks = playOutlooks(story, 3, team!.encounter.decisions);
    const view = debriefOf(story, team!.encounter, { outlooks });
    expect(view.decisions.some((d) => d.approximate)).toBe(false);
  });
});
