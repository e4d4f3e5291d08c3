import { describe, expect, it, vi } from 'vitest';
import type { TeamRow } from '../protocol/standings.ts';
import { HostRows } from './host-rows.ts';
import { SessionManager } from './session-manager.ts';
import { sqliteStore } from './sqlite-store.ts';
import { countingPicker, fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

async function room(names: string[]) {
  const manager = await SessionManager.start(sqliteStore(':memory:'), library, {
    pickCode: countingPicker(),
  });
  const opened = await manager.open({ storyId: story.id });
  if (!opened.ok) throw new Error(opened.error.message);
  const { session, hostToken } = opened.value;
  const host = { code: session.record.code, hostToken };
  const teams = [];
  for (const name of names) {
    const joined = await manager.join({ code: host.code, name, device: `device-of-${name}` });
    if (!joined.ok) throw new Error(joined.error.message);
    teams.push({ code: host.code, teamId: joined.value.team.id, token: joined.value.token });
  }
  await manager.act({ ...host, action: 'start' });
  return { manager, session, host, teams };
}

describe("the host's leaderboard rows", () => {
  it('come together, each team once and as it stands when they are sent', async () => {
    const { manager, session, teams } = await room(['Alpha', 'Bravo']);
    const sent: { code: string; rows: TeamRow[] }[] = [];
    const rows = new HostRows((code, batch) => sent.push({ code, rows: batch }));
    const alpha = session.teams.get(teams[0]!.teamId)!;
    // The rows' timer and clock are held while Alpha chooses again: the store commits in turns of
    // the event loop of its own (setImmediate, left real), and a real timer could go off between
    // them. Rows were just sent, so these wait for the timer.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      rows.flush();
      await manager.choose({ ...teams[0]!, hash: story.hash, step: 0, index: 0 });
      rows.add(session, alpha);
      rows.add(session, session.teams.get(teams[1]!.teamId)!);
      // Alpha chooses again before the rows go: the row sent is Alpha's latest, once.
      await manager.choose({ ...teams[0]!, hash: story.hash, step: 1, index: 1 });
      rows.add(session, alpha);
      expect(sent).toHaveLength(0);
      vi.runOnlyPendingTimers();
    } finally {
      vi.useRealTimers();
    }
    expect(sent).toHaveLength(1);
    expect(sent[0]!.code).toBe(session.record.code);
    expect(sent[0]!.rows.map((r) => [r.name, r.made, r.finished])).toEqual([
      ['Alpha', 2, true],
      ['Bravo', 0, false],
    ]);
  });

  it('ride on the next choice’s turn once the interval is past, and wait at most twice it', async () => {
    const { session, teams } = await room(['Alpha']);
    const team = session.teams.get(teams[0]!.teamId)!;
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'],
    });
    try {
      const sentAt: number[] = [];
      const at = () => sentAt.map((t) => t - sentAt[0]!);
      const rows = new HostRows(() => sentAt.push(performance.now()), 16);
      rows.add(session, team); // nothing sent lately: it goes at the end of this turn
      await vi.advanceTimersByTimeAsync(0);
      expect(at()).toEqual([0]);
      await vi.advanceTimersByTimeAsync(5);
      rows.add(session, team); // 5 ms after the last message: it waits …
      await vi.advanceTimersByTimeAsync(26);
      expect(at()).toEqual([0]);
      await vi.advanceTimersByTimeAsync(1); // … for its timer when no later choice comes
      expect(at()).toEqual([0, 32]);
      await vi.advanceTimersByTimeAsync(8);
      rows.add(session, team); // waits, and goes with the next choice past 16 ms, not its timer
      await vi.advanceTimersByTimeAsync(10);
      rows.add(session, team);
      await vi.advanceTimersByTimeAsync(0);
      expect(at()).toEqual([0, 32, 50]);
      await vi.advanceTimersByTimeAsync(100);
      expect(at()).toEqual([0, 32, 50]);
      rows.add(session, team);
      await vi.advanceTimersByTimeAsync(0);
      expect(at()).toEqual([0, 32, 50, 150]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('of one session wait only for that session’s last message, not another’s', async () => {
    const { manager, session: first, teams } = await room(['Alpha']);
    const opened = await manager.open({ storyId: story.id });
    if (!opened.ok) throw new Error(opened.error.message);
    const second = opened.value.session;
    const joined = await manager.join({ code: second.record.code, name: 'Bravo', device: 'b' });
    if (!joined.ok) throw new Error(joined.error.message);
    const alpha = first.teams.get(teams[0]!.teamId)!;
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'performance'],
    });
    try {
      const sent: { code: string; at: number }[] = [];
      const rows = new HostRows((code) => sent.push({ code, at: performance.now() }), 16);
      const start = performance.now();
      const at = (code: string) => sent.filter((s) => s.code === code).map((s) => s.at - start);
      rows.add(first, alpha);
      await vi.advanceTimersByTimeAsync(0);
      await vi.advanceTimersByTimeAsync(5);
      // 5 ms after the first session's message: its row waits, the second session's goes now.
      rows.add(first, alpha);
      rows.add(second, joined.value.team);
      await vi.advanceTimersByTimeAsync(0);
      expect(at(second.record.code)).toEqual([5]);
      expect(at(first.record.code)).toEqual([0]);
      await vi.advanceTimersByTimeAsync(27);
      expect(at(first.record.code)).toEqual([0, 32]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leave out a team the facilitator removed before they went', async () => {
    const { manager, session, host, teams } = await room(['Alpha', 'Bravo']);
    const sent: TeamRow[][] = [];
    // The rows' timer is held, so they are still waiting when the removal is stored: the store
    // commits in its own turns of the event loop (setImmediate, left real), and a real timer
    // could send Alpha's row before the removal, as it would have been right to.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const rows = new HostRows((_, batch) => sent.push(batch));
      rows.flush(); // rows were just sent: these wait for the timer
      for (const team of teams) {
        await manager.choose({ ...team, hash: story.hash, step: 0, index: 0 });
        rows.add(session, session.teams.get(team.teamId)!);
      }
      await manager.removeTeam({ ...host, teamId: teams[0]!.teamId });
      rows.flush();
    } finally {
      vi.useRealTimers();
    }
    expect(sent.map((batch) => batch.map((r) => r.name))).toEqual([['Bravo']]);
  });
});
