import { describe, expect, it } from 'vitest';
import { now, session, storeKinds, storesOf, team } from '../../test/helpers/store-kinds.ts';

// A team's choices: stored in order and exactly once, however many arrive at once or from how
// many processes.

const kinds = storeKinds();

describe.each(kinds)('the $name store', (kind) => {
  const { open, seeded } = storesOf(kind);

  it('keeps a team’s choices in order and exactly once', async () => {
    const { store } = await seeded();
    const choose = (teamId: string, step: number, index: number) =>
      store.appendChoice({ teamId, step, index, at: now });
    expect(await choose('t1', 1, 0)).toBe('out-of-turn'); // step 0 is missing
    expect(await choose('t1', 0, 1)).toBe('stored');
    expect(await choose('t1', 0, 1)).toBe('duplicate'); // resent after a lost acknowledgement
    expect(await choose('t1', 0, 0)).toBe('out-of-turn'); // another option at a taken step
    expect(await choose('t1', 1, 0)).toBe('stored');
    expect(await choose('nobody', 0, 0)).toBe('closed');
    await store.setPhase('s1', 'locked', false, now);
    expect(await choose('t2', 0, 0)).toBe('closed');
    await store.setPhase('s1', 'playing', false, now);
    await store.removeTeam('t2');
    expect(await choose('t2', 0, 0)).toBe('closed');
    expect((await store.teamChoices('t1')).map((c) => [c.step, c.index])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('judges each of many choices sent at once as if it came alone', async () => {
    const { store } = await seeded();
    await store.addTeam(team('t3', 's1', 'Late shift'));
    await store.addTeam(team('t4', 's1', 'Early shift'));
    await store.createSession(session('s2', 'BBBBBB', { phase: 'locked' }));
    await store.addTeam(team('t5', 's2', 'Locked out'));
    expect(await store.appendChoice({ teamId: 't2', step: 0, index: 0, at: now })).toBe('stored');
    // Sent in one turn of the event loop: a store that commits them together must still tell
    // each apart, including the same choice twice and a team removed while they are on their way.
    const choose = (teamId: string, step: number, index: number) =>
      store.appendChoice({ teamId, step, index, at: now });
    const sent = [
      choose('t1', 0, 1),
      choose('t1', 0, 1),
      choose('t2', 0, 0),
      choose('t2', 2, 0),
      choose('t3', 0, 1),
      choose('t4', 0, 0),
      choose('t5', 0, 0),
      choose('nobody', 0, 0),
    ];
    const removed = store.removeTeam('t4');
    const results = await Promise.all(sent);
    await removed;
    expect(results.slice(0, 2).sort()).toEqual(['duplicate', 'stored']);
    expect(results.slice(2, 5)).toEqual(['duplicate', 'out-of-turn', 'stored']);
    // Removed before or after its choice was stored: either is a true answer, never an error.
    expect(['stored', 'closed']).toContain(results[5]);
    expect(results.slice(6)).toEqual(['closed', 'closed']);
    const state = await store.loadSession('AAAAAA');
    expect(state.choices.map((c) => [c.teamId, c.step, c.index])).toEqual([
      ['t1', 0, 1],
      ['t2', 0, 0],
      ['t3', 0, 1],
    ]);
  });

  it('takes each step once when two processes send the same choices at the same time', async () => {
    const { db, store } = await seeded();
    const other = await open(db);
    const results: string[] = [];
    for (let step = 0; step < 12; step++) {
      const both = await Promise.all(
        [store, other].map((s) => s.appendChoice({ teamId: 't1', step, index: step % 2, at: now })),
      );
      results.push(both.sort().join('+'));
    }
    expect(new Set(results)).toEqual(new Set(['duplicate+stored']));
    const stored = await other.teamChoices('t1');
    expect(stored.map((c) => c.step)).toEqual([...Array(12).keys()]);
  });
});
