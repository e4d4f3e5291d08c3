import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamRejoined } from '../protocol/snapshots.ts';
import type { TeamDebrief } from '../protocol/team-play.ts';
import { must, next } from '../../test/helpers/workshop-client.ts';
import { fixtureStory } from '../../test/helpers/workshop-fixtures.ts';
import { serverOptions, socketPool, startRoom } from '../../test/helpers/workshop-harness.ts';
import { playTeam } from '../../test/helpers/workshop-play.ts';
import { prepareOutlooks } from './story-outlooks.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

// Three Chats at Once takes the longest of the library to explore for its model answers. Its own
// hash (of the shape the server's requests accept) gives this file its own outlook table, which
// the test starts one step per turn of the event loop, before the server does: so a debrief asked
// for right after the reveal is approximate however fast this machine is.
const chats = fixtureStory('stories/three-chats.ink');
const hash = createHash('sha256').update(`${chats.hash}:rejoin-debrief-test`).digest('hex');
const story = { ...chats, hash: hash.slice(0, 32) };

describe('a team device away when the exact debrief is pushed', () => {
  let server: RunningWorkshop;
  const sockets = socketPool();
  beforeAll(async () => {
    void prepareOutlooks(story, { slice: 1 });
    server = await startWorkshopServer(serverOptions({ stories: new Map([[story.id, story]]) }));
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('gets the exact debrief with its rejoin instead of keeping the approximate one', async () => {
    const { team, host, credentials } = await startRoom(server.url, sockets, story.id);
    await playTeam(team, () => 0);
    // A second device of the team stays connected throughout.
    const staying = await sockets.open(server.url);
    await must(staying, 'team:rejoin', team.credentials);
    await must(host, 'host:action', { ...credentials, action: 'reveal' });

    const first = await must<TeamDebrief>(team.socket, 'team:debrief', team.credentials);
    expect(first.debrief.decisions.every((d) => d.approximate)).toBe(true);
    // The phone sleeps; the model answers are worked out and pushed while it is away.
    team.socket.disconnect();
    const pushed = next<TeamDebrief>(staying, 'team:debrief');
    await prepareOutlooks(story);
    const exact = await pushed;
    expect(exact.debrief.decisions.some((d) => d.approximate)).toBe(false);

    const woken = await sockets.open(server.url);
    const back = await must<TeamRejoined>(woken, 'team:rejoin', team.credentials);
    expect(back.snapshot.made).toBe(first.debrief.decisions.length);
    expect(back.debrief).toEqual(exact);
  });

  it('sends no debrief with a rejoin before the reveal', async () => {
    const { team } = await startRoom(server.url, sockets, story.id);
    await playTeam(team, () => 1);
    const back = await must<TeamRejoined>(
      await sockets.open(server.url),
      'team:rejoin',
      team.credentials,
    );
    expect(back.snapshot.play.ended).toBe(true);
    expect(back.debrief).toBeUndefined();
  });
});
