import { describe, expect, it } from 'vitest';
import { debriefOf, outlookAt, type DebriefView } from '../core/debrief.ts';
import { SessionManager } from './session-manager.ts';
import { sqliteStore } from './sqlite-store.ts';
import { CATCH_UP_STEPS, outlookWork, prepareOutlooks } from './story-outlooks.ts';
import { teamDebrief } from './team-debrief.ts';
import { countingPicker, fixtureStory } from '../../test/helpers/workshop-fixtures.ts';

// The long evening remembers every answer (a variable per decision), so its model answers take
// more than two CATCH_UP_STEPS to explore (4 x 3^6 routes): a debrief asked for right after the
// session opened (a server just restarted) is approximate, and so is a second device's. Its own
// fixture, so the shipped library can change freely; its own hash, its own outlook table.
const evening = fixtureStory('test/fixtures/long-evening.ink');
const story = { ...evening, hash: `${evening.hash}:team-debrief-test` };

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

    const before = outlookWork(story);
    const first = value(teamDebrief(session, team, send));
    // The request spent its bounded catch-up on the table, not the whole exploration (a node's
    // options are expanded together, so the last node may go a few steps past the bound).
    expect(outlookWork(story) - before).toBeLessThanOrEqual(CATCH_UP_STEPS + 3);
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
