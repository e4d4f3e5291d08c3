import { describe, expect, it } from 'vitest';
import { luckRead } from '../core/luck.ts';
import { seedsUnderway } from '../core/luck-cache.ts';
import { SeedExploration } from '../core/seed-exploration.ts';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamChosen } from '../protocol/team-play.ts';
import { request } from '../../test/helpers/workshop-client.ts';
import { openSession, startRoom } from '../../test/helpers/workshop-harness.ts';
import { serverPerFile } from '../../test/helpers/server-per-file.ts';
import { crowdOut } from '../../test/helpers/luck-crowd.ts';
import { fixtureStory, uncheckedStory } from '../../test/helpers/workshop-fixtures.ts';
import { LUCK_READERS, readSessionLuck } from './session-luck.ts';

// The size of the largest real stories, with a line that reads differently on each seed: reading a
// seed takes the server seconds of ink, which the luck cache spares it until it lets the seed go.
const luck = uncheckedStory('test/fixtures/large/night-shift-luck.ink');
const desk = fixtureStory('test/fixtures/small-desk.ink');
const library = new Map([desk, luck].map((s) => [s.id, s]));

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('a seed the luck cache let go, on the workshop server', () => {
  const { server, pool, open } = serverPerFile(library);

  it("is read again in slices: the host is told it is being read, another session's choice is acknowledged meanwhile, and the exact snapshot follows", async () => {
    const room = await startRoom(server().url, pool, desk.id);
    const luckHost = await open();
    const opened = await openSession(luckHost, luck.id);
    const session = server().manager.sessions.find((s) => s.record.code === opened.snapshot.code)!;
    const { seed } = session.record;
    await crowdOut(luck);
    expect(luckRead(luck, seed), 'the cache still holds the seed').toBe(false);

    const order: string[] = [];
    const exact = new Promise<HostSnapshot>((resolve) =>
      luckHost.on('host:snapshot', (snapshot: HostSnapshot) => {
        if (snapshot.readingLuck) return;
        order.push('exact snapshot pushed');
        resolve(snapshot);
      }),
    );
    // The facilitator's page comes back (a reload): its snapshot needs the seed's reading.
    const resumed = request<{ snapshot: HostSnapshot }>(
      luckHost,
      'host:resume',
      opened.credentials,
    );
    const first = await resumed;
    order.push('resume answered');
    if (!first.ok) throw new Error(first.error.message);

    const chosen = await request<TeamChosen>(room.team.socket, 'team:choose', {
      ...room.team.credentials,
      hash: desk.hash,
      step: 0,
      index: 0,
    });
    order.push('desk choice acknowledged');
    expect(chosen.ok && chosen.value.made).toBe(1);
    // Acknowledged while the seed was still being read, not after it.
    expect(seedsUnderway(luck.json)).toBe(1);
    // The host's page was answered at once, saying the seed is being read.
    expect(first.value.snapshot.readingLuck).toBe(true);

    const pushed = await exact;
    expect(order).toEqual(['resume answered', 'desk choice acknowledged', 'exact snapshot pushed']);
    expect(seedsUnderway(luck.json)).toBe(0);
    // Read on the session's own seed: the same best as a fresh exploration of it in one go.
    expect(pushed.story.best).toBe(new SeedExploration(luck.json, seed).world.ranges.maxTotal);
  });

  it('is read at most LUCK_READERS seeds at once, however many sessions ask, each once', async () => {
    await crowdOut(luck);
    const seeds = [9_001, 9_002, 9_003];
    // Each asked twice, as a host page and a team device of one session would.
    const reads = seeds.flatMap((seed) => [0, 1].map(() => readSessionLuck(luck, seed)));
    // One reading per seed, however many ask for it.
    expect(reads[0]).toBe(reads[1]);
    let finished = false;
    void Promise.all(reads).then(() => (finished = true));
    let most = 0;
    while (!finished) {
      most = Math.max(most, seedsUnderway(luck.json));
      await nextTurn();
    }
    expect(most).toBe(LUCK_READERS);
    for (const seed of seeds) expect(luckRead(luck, seed)).toBe(true);
  });
});
