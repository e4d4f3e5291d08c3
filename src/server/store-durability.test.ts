import { describe, expect, it } from 'vitest';
import {
  now,
  postgresServer,
  session,
  storeKinds,
  storesOf,
  story,
  team,
} from '../../test/helpers/store-kinds.ts';
import { postgresStore } from './pg-store.ts';

// What is written is kept: read back after reopening, through a bad row, archived and purged on
// time, and through a crash of Postgres.

const kinds = storeKinds();

describe.each(kinds)('the $name store', (kind) => {
  const { open, seeded } = storesOf(kind);

  it('gives back what was written, after it is opened again', async () => {
    const { db, store } = await seeded();
    await store.appendChoice({ teamId: 't1', step: 0, index: 1, at: now + 1 });
    await store.appendChoice({ teamId: 't1', step: 1, index: 0, at: now + 2 });
    await store.setPhase('s1', 'locked', false, now + 3);
    await store.setJoiningClosed('s1', true);
    await store.setHostToken('s1', 'c'.repeat(64));
    await store.addBan({ sessionId: 's1', key: 'name:day shift' });
    await store.addBan({ sessionId: 's1', key: 'name:day shift' });
    await store.removeTeam('t2');
    await store.close();
    const state = await (await open(db)).loadAll();
    expect(state.problems).toEqual([]);
    expect(state.stories.map((s) => s.hash)).toEqual([story.hash]);
    expect(state.stories[0]).toEqual(JSON.parse(JSON.stringify(story)));
    expect(state.sessions).toEqual([
      session('s1', 'AAAAAA', {
        phase: 'locked',
        joiningClosed: true,
        hostTokenHash: 'c'.repeat(64),
      }),
    ]);
    expect(state.teams).toEqual([team('t1', 's1', 'Night shift')]);
    expect(state.choices).toEqual([
      { teamId: 't1', step: 0, index: 1, at: now + 1 },
      { teamId: 't1', step: 1, index: 0, at: now + 2 },
    ]);
    expect(state.bans).toEqual([{ sessionId: 's1', key: 'name:day shift' }]);
  });

  it('reports a row it cannot read and still loads every other', async () => {
    const { db, store } = await seeded();
    await store.createSession(session('s2', 'BBBBBB'));
    await store.addTeam(team('t3', 's2', 'Late shift'));
    await store.appendChoice({ teamId: 't1', step: 0, index: 1, at: now + 1 });
    await db.exec(`UPDATE sessions SET phase = 'bogus' WHERE id = 's2'`);
    const state = await store.loadAll();
    expect(state.sessions.map((s) => s.id)).toEqual(['s1']);
    expect(state.problems).toContain("sessions s2: unknown phase 'bogus'");
    expect(state.choices).toEqual([{ teamId: 't1', step: 0, index: 1, at: now + 1 }]);
  });

  it('archives old sessions, stops loading them, and purges them after retention', async () => {
    const { db, store } = await seeded();
    const old = now - 48 * 60 * 60_000;
    await store.createSession(session('s2', 'BBBBBB', { createdAt: old }));
    await store.addTeam(team('t3', 's2', 'Old team'));
    await store.appendChoice({ teamId: 't3', step: 0, index: 0, at: old });
    await store.setPhase('s2', 'ended', true, old + 60_000);
    expect(await store.archive(now - 60 * 60_000, now - 7 * 24 * 60 * 60_000)).toEqual(['s2']);
    expect((await store.loadAll()).sessions.map((s) => s.code)).toEqual(['AAAAAA']);
    expect(await store.purge(now - 24 * 60 * 60_000)).toBe(1);
    expect(await store.teamChoices('t3')).toEqual([]);
    expect(await store.purge(now)).toBe(0);
    const again = await open(db);
    expect((await again.loadAll()).teams.map((t) => t.id)).toEqual(['t1', 't2']);
  });
});

describe('the Postgres store and its server', () => {
  it('keeps every acknowledged choice through a crash of Postgres, and says while it is away', async () => {
    const url = postgresServer().createDatabase('crash');
    const store = await postgresStore(url);
    try {
      await store.saveStory(story);
      await store.createSession(session('s1', 'AAAAAA'));
      await store.addTeam(team('t1', 's1', 'Night shift'));
      for (let step = 0; step < 5; step++) {
        expect(await store.appendChoice({ teamId: 't1', step, index: 0, at: now })).toBe('stored');
      }
      postgresServer().stop('immediate'); // no checkpoint, no clean shutdown: as a crash
      await expect(
        store.appendChoice({ teamId: 't1', step: 5, index: 0, at: now }),
      ).rejects.toThrow();
      expect(store.problem()?.message).toMatch(/cannot be reached.*reconnecting/);
      postgresServer().start();
      await expect.poll(() => store.problem(), { timeout: 15_000 }).toBeUndefined();
      expect((await store.teamChoices('t1')).length).toBe(5);
      expect(await store.appendChoice({ teamId: 't1', step: 5, index: 0, at: now })).toBe('stored');
    } finally {
      await store.close();
    }
  }, 60_000);
});
