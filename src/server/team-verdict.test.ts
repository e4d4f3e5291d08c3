import { describe, expect, it } from 'vitest';
import { hostSnapshot, teamSnapshot } from './live-session.ts';
import { SessionManager } from './session-manager.ts';
import { sqliteStore } from './sqlite-store.ts';
import { teamDebrief } from './team-debrief.ts';
import { countingPicker, fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

/*
 * small-desk.ink, worked out by hand from its tags (best total 6: 3 + 3; Mr. Osei comes worried):
 * - "Ask", "Offer one o'clock": 6 of 6, 100%, relieved: ALIVE, better off.
 * - "Ask", "Offer the lounge": 3 of 6, 50%, calm: better off, and the lounge costs listening.
 * - "Say checkout is at eleven" (a barrier), "Offer one o'clock": 3 of 6, 50%, relieved.
 */
const PLAYS = { Best: [0, 0], Lounge: [0, 1], Rule: [1, 0] } as const;

async function round(aliveAt: number | undefined, store = sqliteStore(':memory:')) {
  const options = { pickCode: countingPicker(), ...(aliveAt === undefined ? {} : { aliveAt }) };
  const manager = await SessionManager.start(store, library, options);
  const opened = await manager.open({ storyId: story.id });
  if (!opened.ok) throw new Error(opened.error.message);
  const { session, hostToken } = opened.value;
  const host = { code: session.record.code, hostToken };
  await manager.act({ ...host, action: 'start' });
  for (const [name, path] of Object.entries(PLAYS)) {
    const joined = await manager.join({ code: host.code, name, device: `device-${name}` });
    if (!joined.ok) throw new Error(joined.error.message);
    const team = { code: host.code, teamId: joined.value.team.id, token: joined.value.token };
    for (const [step, index] of path.entries())
      await manager.choose({ ...team, hash: story.hash, step, index });
  }
  await manager.act({ ...host, action: 'reveal' });
  return { manager, session, host, store };
}

const verdicts = (rows: { name: string; verdict: object }[]) =>
  Object.fromEntries(rows.map((r) => [r.name, r.verdict]));

describe("the workshop's verdict on each team", () => {
  it('uses the default ALIVE threshold of 60% on the leaderboard, the results and the debrief', async () => {
    const { session } = await round(undefined);
    const expected = {
      Best: { served: true, betterOff: true },
      Lounge: { served: false, betterOff: true, failure: 'listen' },
      Rule: { served: false, betterOff: true, failure: 'rules' },
    };
    expect(verdicts(hostSnapshot(session).teams)).toEqual(expected);
    for (const team of session.teams.values()) {
      expect(verdicts(teamSnapshot(session, team).results!)).toEqual(expected);
      const debrief = teamDebrief(session, team);
      if (!debrief.ok) throw new Error(debrief.error.message);
      expect(debrief.value.verdict.served).toBe(team.name === 'Best');
    }
  });

  it('follows the threshold the server was started with, in the export too, and after a restart', async () => {
    const { session, host, store, manager } = await round(50);
    expect(verdicts(hostSnapshot(session).teams)).toEqual({
      Best: { served: true, betterOff: true },
      Lounge: { served: true, betterOff: true },
      Rule: { served: true, betterOff: true },
    });
    const lounge = [...session.teams.values()].find((t) => t.name === 'Lounge')!;
    const debrief = teamDebrief(session, lounge);
    expect(debrief.ok && debrief.value.verdict.heading).toBe('You served: ALIVE service');

    const exported = await manager.exportCsv(host);
    if (!exported.ok) throw new Error(exported.error.message);
    const [header, ...rows] = exported.value.csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toContain(
      'Best possible points,Verdict,Customer better off,How the play failed',
    );
    for (const row of rows) expect(row).toMatch(/,6,ALIVE,yes,,/);

    const restarted = await SessionManager.start(store, library, { aliveAt: 70 });
    const again = restarted.sessions.find((s) => s.record.code === host.code)!;
    expect(verdicts(hostSnapshot(again).teams)).toEqual({
      Best: { served: true, betterOff: true },
      Lounge: { served: false, betterOff: true, failure: 'listen' },
      Rule: { served: false, betterOff: true, failure: 'rules' },
    });
  });
});
