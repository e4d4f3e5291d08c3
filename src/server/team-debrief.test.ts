import { describe, expect, it } from 'vitest';
import { debriefOf, outlookAt, type DebriefView } from '../core/debrief.ts';
import { SessionManager } from './session-manager.ts';
import { sqliteStore } from './sqlite-store.ts';
import { CATCH_UP_STEPS, outlookWork, prepareOutlooks } from './story-outlooks.ts';
import { teamDebrief } from './team-debrief.ts';
import { countingPicker, fixtureStory } from '../../test/helpers/workshop-fixtures.ts';

// The Heat in Room 412 takes more than CATCH_UP_STEPS to explore, so a debrief asked for right
// after the session opened (a server just restarted) is approximate. Its own hash gives this file
// its own outlook table.
const hotel = fixtureStory('stories/hotel-heat.ink');
const story = { ...hotel, hash: `${hotel.hash}:team-debrief-test` };

/** A revealed round in which one team played the first option at every decision. */
async function revealedRound() {
  const manager = await SessionManager.start(
    sqliteStore(':memory:'),
    new Map([[story.id, story]]),
    {
      pickCode: countingPicker(),
    },
  );
  const opened = await manager.open({ storyId: story.id });
  if (!opened.ok) throw new Error(opened.error.message);
  const { session, hostToken } = opened.value;
  const host = { code: session.record.code, hostToken };
  await manager.act({ ...host, action: 'start' });
  const joined = await manager.join({ code: host.code, name: 'Night shift', device: 'device-1' });
  if (!joined.ok) throw new Error(joined.error.message);
  const credentials = { code: host.code, teamId: joined.value.team.id, token: joined.value.token };
  const team = session.teams.get(joined.value.team.id)!;
  while (!team.encounter.ended)
    await manager.choose({ ...credentials, hash: story.hash, step: team.path.length, index: 0 });
  await manager.act({ ...host, action: 'reveal' });
  return { session, team };
}

const value = <T>(outcome: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
};

describe("a team's debrief read before the model answers are worked out", () => {
  it('is marked approximate, and the exact one is sent to the team once, when the table is ready', async () => {
    const { session, team } = await revealedRound();
    const sent: DebriefView[] = [];
    const send = (view: DebriefView) => sent.push(view);

    const first = value(teamDebrief(session, team, send));
    expect(outlookWork(story)).toBeLessThanOrEqual(CATCH_UP_STEPS + 200);
    expect(first.decisions.every((d) => d.approximate)).toBe(true);
    // A second device of the team asks too, before the table is ready: still one exact debrief.
    expect(value(teamDebrief(session, team, send)).decisions[0]!.approximate).toBe(true);
    expect(sent).toEqual([]);

    await prepareOutlooks(story);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toHaveLength(1);
    const exact = sent[0]!;
    expect(exact.decisions.some((d) => d.approximate)).toBe(false);
    // The model answers are those of the reference exploration from each route of the team's play.
    const reference = debriefOf(story, team.encounter, {
      outlooks: team.path.map((_, i) =>
        outlookAt(story.json, session.record.seed, team.path.slice(0, i)),
      ),
      aliveAt: session.aliveAt,
    });
    expect(exact.decisions.map((d) => d.defensible)).toEqual(
      reference.decisions.map((d) => d.defensible),
    );
    expect(exact.decisions.some((d) => !d.chosenIsModel)).toBe(true);

    // Asked again now, the debrief is the exact one, and nothing more is pushed.
    expect(value(teamDebrief(session, team, send))).toEqual(exact);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toHaveLength(1);
  });
});
