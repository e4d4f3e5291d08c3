import { describe, expect, it } from 'vitest';
import { seedsUnderway } from '../core/luck-cache.ts';
import { SeedExploration } from '../core/seed-exploration.ts';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamChosen } from '../protocol/team-play.ts';
import type { Reply } from '../protocol/replies.ts';
import { must, request } from '../../test/helpers/workshop-client.ts';
import { serverPerFile } from '../../test/helpers/server-per-file.ts';
import { fixtureStory, uncheckedStory } from '../../test/helpers/workshop-fixtures.ts';
import { joinTeam } from '../../test/helpers/workshop-play.ts';

// The size of the largest real stories, with a line that reads differently on each seed: a new
// seed takes the server seconds of ink to read.
const luck = uncheckedStory('test/fixtures/large/night-shift-luck.ink');
const desk = fixtureStory('test/fixtures/small-desk.ink');
const library = new Map([desk, luck].map((s) => [s.id, s]));

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('a new seed of a large random story on the workshop server', () => {
  const { server, open } = serverPerFile(library);

  it("is read in slices: another session's choice is acknowledged while it is read", async () => {
    const deskHost = await open();
    const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(
      deskHost,
      'host:open',
      {
        storyId: desk.id,
      },
    );
    const { code } = opened.snapshot;
    const team = await joinTeam(await open(), code, 'Front desk');
    await must(deskHost, 'host:action', { code, hostToken: opened.hostToken, action: 'start' });

    // Another facilitator opens the large random story: its seed is read before the answer.
    const answered: string[] = [];
    const luckHost = await open();
    const luckOpened = (
      luckHost.emitWithAck('host:open', { storyId: luck.id }) as Promise<
        Reply<{ snapshot: HostSnapshot }>
      >
    ).then((reply) => {
      answered.push('large story opened');
      return reply;
    });
    // Until the server has begun reading it (or, were it read in one go, has answered).
    while (seedsUnderway(luck.json) === 0 && answered.length === 0) await nextTurn();

    const chosen = await request<TeamChosen>(team.socket, 'team:choose', {
      ...team.credentials,
      hash: desk.hash,
      step: 0,
      index: 0,
    });
    answered.push('desk choice acknowledged');
    expect(chosen.ok && chosen.value.made).toBe(1);
    // Acknowledged while the new seed was still being read, not after it.
    expect(seedsUnderway(luck.json)).toBe(1);

    const reply = await luckOpened;
    expect(answered).toEqual(['desk choice acknowledged', 'large story opened']);
    expect(seedsUnderway(luck.json)).toBe(0);
    if (!reply.ok) throw new Error(reply.error.message);
    // The session's best is what its own seed's rolls allow: the same as a fresh exploration of
    // that seed in one go, outside the cache the server read it into.
    const session = server().manager.sessions.find(
      (s) => s.record.code === reply.value.snapshot.code,
    )!;
    expect(reply.value.snapshot.story.best).toBe(
      new SeedExploration(luck.json, session.record.seed).world.ranges.maxTotal,
    );
  });
});
