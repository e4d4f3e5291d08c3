import { beforeEach, describe, expect, it } from 'vitest';
import { scorePath } from '../core/score-path.ts';
import { SessionManager } from './session-manager.ts';
import { sqliteStore } from './sqlite-store.ts';
import type { WorkshopStore } from './store.ts';
import { countingPicker, fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';

const DEVICE = 'device-of-the-tests';
const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

async function setup() {
  const store = sqliteStore(':memory:');
  const manager = await SessionManager.start(store, library, { pickCode: countingPicker() });
  const opened = await manager.open({ storyId: story.id });
  if (!opened.ok) throw new Error(opened.error.message);
  const { session, hostToken } = opened.value;
  const host = { code: session.record.code, hostToken };
  const joined = await manager.join({ code: host.code, name: 'Night shift', device: DEVICE });
  if (!joined.ok) throw new Error(joined.error.message);
  const team = { code: host.code, teamId: joined.value.team.id, token: joined.value.token };
  const choose = (
    step: number,
    index: number,
    extra: Partial<typeof team & { hash: string }> = {},
  ) => manager.choose({ ...team, hash: story.hash, step, index, ...extra });
  return { store, manager, session, host, team, choose };
}

describe('SessionManager', () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    s = await setup();
  });

  it('opens a session in the lobby with a six-character code', async () => {
    expect(s.session.record.phase).toBe('lobby');
    expect(s.host.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await s.manager.open({ storyId: 'no-such-story' })).toMatchObject({
      error: { code: 'not-found' },
    });
  });

  it('takes choices only once the round has started', async () => {
    expect(await s.choose(0, 0)).toMatchObject({ ok: false, error: { code: 'wrong-phase' } });
    expect((await s.manager.act({ ...s.host, action: 'start' })).ok).toBe(true);
    expect((await s.choose(0, 0)).ok).toBe(true);
  });

  it('scores a team by replaying its path with the session seed', async () => {
    await s.manager.act({ ...s.host, action: 'start' });
    await s.choose(0, 1);
    await s.choose(1, 0);
    const team = s.session.teams.get(s.team.teamId)!;
    const expected = scorePath(story.json, s.session.record.seed, [1, 0]);
    expect(expected.ok).toBe(true);
    if (!expected.ok) return;
    expect(team.standing.finished).toBe(true);
    for (const q of team.standing.qualities) expect(q.score).toBe(expected.value.scores[q.id]);
  });

  it('rejects an index out of range and changes nothing', async () => {
    await s.manager.act({ ...s.host, action: 'start' });
    expect(await s.choose(0, 2)).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
    expect(s.session.teams.get(s.team.teamId)!.path).toEqual([]);
  });

  it('rejects a choice after the lock, and takes them again after unlocking', async () => {
    await s.manager.act({ ...s.host, action: 'start' });
    await s.manager.act({ ...s.host, action: 'lock' });
    expect(await s.choose(0, 0)).toMatchObject({ ok: false, error: { code: 'wrong-phase' } });
    await s.manager.act({ ...s.host, action: 'unlock' });
    expect((await s.choose(0, 0)).ok).toBe(true);
  });

  it('rejects a choice made against another story hash', async () => {
    await s.manager.act({ ...s.host, action: 'start' });
    expect(await s.choose(0, 0, { hash: 'ffffffffffffff' })).toMatchObject({
      error: { code: 'wrong-story' },
    });
  });

  it('rejects a choice from a device without the team token', async () => {
    await s.manager.act({ ...s.host, action: 'start' });
    expect(await s.choose(0, 0, { token: 'z'.repeat(32) })).toMatchObject({
      error: { code: 'forbidden' },
    });
    const other = await s.manager.join({ code: s.host.code, name: 'Day shift', device: DEVICE });
    if (!other.ok) throw new Error('join failed');
    expect(await s.choose(0, 0, { token: other.value.token })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(s.session.teams.get(s.team.teamId)!.path).toEqual([]);
  });

  it('rejects host actions without the host token', async () => {
    const wrong = { code: s.host.code, hostToken: 'w'.repeat(32) };
    expect(await s.manager.act({ ...wrong, action: 'start' })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(s.manager.exportCsv(wrong)).toMatchObject({ error: { code: 'forbidden' } });
    expect(await s.manager.removeTeam({ ...wrong, teamId: s.team.teamId })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(s.session.record.phase).toBe('lobby');
    expect(s.session.teams.size).toBe(1);
  });

  it('acknowledges a resent choice without storing it twice, and refuses skipped steps', async () => {
    await s.manager.act({ ...s.host, action: 'start' });
    expect((await s.choose(0, 1)).ok).toBe(true);
    expect((await s.choose(0, 1)).ok).toBe(true);
    expect(await s.choose(0, 0)).toMatchObject({ error: { code: 'out-of-turn' } });
    expect(await s.choose(3, 0)).toMatchObject({ error: { code: 'out-of-turn' } });
    expect(s.session.teams.get(s.team.teamId)!.path).toEqual([1]);
  });

  it('refuses a second team of the same name and closes joining at the lock', async () => {
    expect(
      await s.manager.join({ code: s.host.code, name: 'NIGHT SHIFT', device: DEVICE }),
    ).toMatchObject({
      error: { code: 'name-taken' },
    });
    await s.manager.act({ ...s.host, action: 'start' });
    expect(
      (await s.manager.join({ code: s.host.code, name: 'Latecomers', device: DEVICE })).ok,
    ).toBe(true);
    await s.manager.act({ ...s.host, action: 'lock' });
    expect(
      await s.manager.join({ code: s.host.code, name: 'Too late', device: DEVICE }),
    ).toMatchObject({
      error: { code: 'wrong-phase' },
    });
  });

  it('reports an unknown code as not found', async () => {
    expect(
      await s.manager.join({ code: 'AAAAAA', name: 'Guessers', device: DEVICE }),
    ).toMatchObject({
      error: { code: 'not-found' },
    });
  });

  it('brings every session, team and path back from the store', async () => {
    const store: WorkshopStore = s.store;
    await s.manager.act({ ...s.host, action: 'start' });
    await s.choose(0, 0);
    const again = await SessionManager.start(store, library);
    const back = again.sessions[0]!;
    expect(back.record).toEqual(s.session.record);
    const team = back.teams.get(s.team.teamId)!;
    expect(team.path).toEqual([0]);
    expect(team.standing).toEqual(s.session.teams.get(s.team.teamId)!.standing);
    expect(again.team(s.team).ok).toBe(true);
    expect((await again.choose({ ...s.team, hash: story.hash, step: 1, index: 1 })).ok).toBe(true);
  });
});

describe('SessionManager over a store that takes its time (as Postgres does)', () => {
  /** The real SQLite store, each write settling only after a few milliseconds. */
  function slow(store: WorkshopStore): WorkshopStore {
    const later = <T>(value: Promise<T>) =>
      value.then((v) => new Promise<T>((resolve) => setTimeout(() => resolve(v), 5)));
    return {
      ...store,
      appendChoice: (c) => later(store.appendChoice(c)),
      setPhase: (...a) => later(store.setPhase(...a)),
      addTeam: (t) => later(store.addTeam(t)),
    };
  }

  it('applies a team’s choices sent together in order, once, and knows a resent one', async () => {
    const store = sqliteStore(':memory:');
    const manager = await SessionManager.start(slow(store), library);
    const opened = await manager.open({ storyId: story.id });
    if (!opened.ok) throw new Error(opened.error.message);
    const host = { code: opened.value.session.record.code, hostToken: opened.value.hostToken };
    const joined = await manager.join({ code: host.code, name: 'Night shift', device: DEVICE });
    if (!joined.ok) throw new Error(joined.error.message);
    const team = { code: host.code, teamId: joined.value.team.id, token: joined.value.token };
    await manager.act({ ...host, action: 'start' });
    const choose = (step: number, index: number) =>
      manager.choose({ ...team, hash: story.hash, step, index });
    // Sent without waiting: the first, its resend after a lost acknowledgement, the second.
    const replies = await Promise.all([choose(0, 1), choose(0, 1), choose(1, 0)]);
    expect(replies.map((r) => r.ok)).toEqual([true, true, true]);
    expect(joined.value.team.path).toEqual([1, 0]);
    expect((await store.teamChoices(team.teamId)).map((c) => [c.step, c.index])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('refuses two teams taking one name when both join at once', async () => {
    const manager = await SessionManager.start(slow(sqliteStore(':memory:')), library);
    const opened = await manager.open({ storyId: story.id });
    if (!opened.ok) throw new Error(opened.error.message);
    const code = opened.value.session.record.code;
    const replies = await Promise.all([
      manager.join({ code, name: 'Night shift', device: 'a' }),
      manager.join({ code, name: 'night shift', device: 'b' }),
    ]);
    expect(replies.map((r) => (r.ok ? 'joined' : r.error.code))).toEqual(['joined', 'name-taken']);
    expect(opened.value.session.teams.size).toBe(1);
  });
});
