import { describe, expect, it } from 'vitest';
import {
  now,
  postgresServer,
  seed,
  session,
  storeKinds,
  storesOf,
  team,
} from '../../test/helpers/store-kinds.ts';
import { postgresStore } from './pg-store.ts';

// Joining a session: a team's name is held once per session, and a join is admitted only as the
// stored session allows (room, bans, joining closed, phase), with writers racing.

const kinds = storeKinds();

describe.each(kinds)('the $name store', (kind) => {
  const { open, seeded } = storesOf(kind);

  it('lets one team per session hold a name and its look-alikes, even with two writers racing', async () => {
    const { db, store } = await seeded();
    expect(await store.addTeam(team('t3', 's1', 'NIGHT  Shift'))).toBe('name-taken');
    await store.createSession(session('s2', 'BBBBBB'));
    expect(await store.addTeam(team('t3', 's2', 'Night shift'))).toBe('added');
    const other = await open(db); // another process on the same database
    const raced = await Promise.all([
      store.addTeam(team('t4', 's2', 'Alpha')),
      other.addTeam(team('t5', 's2', 'ALPHA')),
    ]);
    expect(raced.sort()).toEqual(['added', 'name-taken']);
    const names = (await other.loadSession('BBBBBB')).teams.map((t) => t.name);
    expect(names).toHaveLength(2);
    expect(names).toContain('Night shift');
  });

  it('admits a joining team only as the session is stored, whoever changed it', async () => {
    const { store } = await seeded();
    const admit = (id: string, name: string, maxTeams = 300, device = `device-${id}`) =>
      store.addTeam({ ...team(id, 's1', name), device }, { maxTeams });
    expect(await admit('t3', 'Full house', 2)).toBe('refused'); // two teams already
    expect(await admit('t3', 'NIGHT shift')).toBe('name-taken');
    await store.addBan({ sessionId: 's1', key: 'name:gone' });
    await store.addBan({ sessionId: 's1', key: 'device:phone-9' });
    expect(await admit('t3', 'Gone')).toBe('refused');
    expect(await admit('t3', 'Fresh name', 300, 'phone-9')).toBe('refused');
    await store.setJoiningClosed('s1', true);
    expect(await admit('t3', 'Late shift')).toBe('refused');
    await store.setJoiningClosed('s1', false);
    await store.setPhase('s1', 'locked', false, now);
    expect(await admit('t3', 'Late shift')).toBe('refused');
    await store.setPhase('s1', 'playing', false, now);
    expect(await admit('t3', 'Late shift', 3)).toBe('added');
    expect((await store.loadSession('AAAAAA')).teams.map((t) => t.name)).toEqual([
      'Night shift',
      'Day shift',
      'Late shift',
    ]);
  });

  it('keeps an admitted name and device as typed, quotes and backslashes included', async () => {
    const { store } = await seeded();
    const name = String.raw`O'Brien's \ "desk" \n`;
    const device = "phone'); DROP TABLE teams; -- \\ end";
    const admitted = await store.addTeam({ ...team('t3', 's1', name), device }, { maxTeams: 300 });
    expect(admitted).toBe('added');
    const stored = (await store.loadSession('AAAAAA')).teams.find((t) => t.id === 't3');
    expect(stored).toMatchObject({ name, device });
    await store.addBan({ sessionId: 's1', key: `device:${device}` });
    expect(await store.addTeam({ ...team('t4', 's1', 'Other'), device }, { maxTeams: 300 })).toBe(
      'refused',
    );
  });
});

describe('the Postgres store and its server', () => {
  it('admits no more teams than the room holds when two processes take joins at the same instant', async () => {
    const url = postgresServer().createDatabase('room-race');
    const [a, b] = [await postgresStore(url), await postgresStore(url)];
    try {
      await seed(a, [team('t1', 's1', 'Night shift')]);
      // Every connection of both pools open first, so the joins below really run side by side.
      const warm = (i: number) =>
        (i % 2 ? a : b).addTeam(team(`w${i}`, 's1', `Warm ${i}`), { maxTeams: 1 });
      await Promise.all(Array.from({ length: 20 }, (_, i) => warm(i)));
      // Room for one more; twenty joins arrive at once, half through each process.
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? a : b).addTeam(team(`j${i}`, 's1', `Team ${i}`), { maxTeams: 2 }),
        ),
      );
      expect(outcomes.filter((o) => o === 'added')).toHaveLength(1);
      expect((await a.loadSession('AAAAAA')).teams).toHaveLength(2);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
