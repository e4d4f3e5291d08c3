import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostSnapshot, TeamSnapshot } from '../protocol/snapshots.ts';
import type { TeamChosen, TeamDebrief } from '../protocol/team-play.ts';
import { must, request } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { serverOptions, socketPool, startRoom } from '../../test/helpers/workshop-harness.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

// What would give the answers away, read straight from the ink source: every feedback text and
// every scoring tag an option carries.
const source = readFileSync('stories/hotel-heat.ink', 'utf8');
const feedback = [...source.matchAll(/#\s*feedback:\s*([^#\]\n]+)/g)].map((m) => m[1]!.trim());
const scoreTags = [...source.matchAll(/#\s*(empathy|listening|stewardship|foresight) [+-]\d/g)];

/** Everything a team device was sent, as one string to search. */
function recorder(socket: { onAny: (f: (...a: unknown[]) => void) => void }) {
  const seen: unknown[] = [];
  socket.onAny((...args) => seen.push(args));
  return { seen, text: () => JSON.stringify(seen) };
}

describe('a team device before the reveal', () => {
  let server: RunningWorkshop;
  const sockets = socketPool();
  beforeAll(async () => {
    server = await startWorkshopServer(
      serverOptions({ stories: fixtureLibrary('stories/hotel-heat.ink') }),
    );
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('is sent only what it shows: no story, seed, scores or feedback, and no debrief', async () => {
    expect(feedback.length).toBeGreaterThan(10);
    expect(scoreTags.length).toBeGreaterThan(5);
    const room = await startRoom(server.url, sockets, 'hotel-heat');
    const { team, host, credentials } = room;
    const pushes = recorder(team.socket);
    const sent: unknown[] = [team.snapshot];

    expect(Object.keys(team.snapshot).sort()).toEqual(
      ['code', 'decisions', 'made', 'phase', 'play', 'story', 'team'].sort(),
    );
    expect(Object.keys(team.snapshot.story).sort()).toEqual(['hash', 'id', 'meta']);
    expect(team.snapshot.play.choices.length).toBeGreaterThan(1);
    // Played as the device does, keeping every answer it gets.
    const path: number[] = [];
    let step = team.snapshot.play;
    while (!step.ended) {
      const index = step.choices.length - 1;
      const reply = await must<TeamChosen>(team.socket, 'team:choose', {
        ...team.credentials,
        hash: team.snapshot.story.hash,
        step: path.length,
        index,
      });
      sent.push(reply);
      path.push(index);
      step = reply.step;
    }
    const early = await request(team.socket, 'team:debrief', team.credentials);
    expect(early.ok ? 'served' : early.error.code).toBe('wrong-phase');
    const back = await must<{ snapshot: TeamSnapshot }>(
      await sockets.open(server.url),
      'team:rejoin',
      team.credentials,
    );
    sent.push(back.snapshot);
    expect(back.snapshot.made).toBe(path.length);
    expect(back.snapshot.play.ended).toBe(true);

    const everything = JSON.stringify(sent) + pushes.text();
    for (const text of feedback) expect(everything).not.toContain(text.slice(0, 60));
    for (const tag of scoreTags) expect(everything).not.toContain(tag[0]);
    expect(everything).not.toMatch(/"(seed|json|ranges|effects|feedback|outcome)"/);

    // After the reveal the server sends the debrief it built, scored as the leaderboard is.
    await must(host, 'host:action', { ...credentials, action: 'reveal' });
    const { debrief, finished } = await must<TeamDebrief>(
      team.socket,
      'team:debrief',
      team.credentials,
    );
    const { snapshot } = await must<{ snapshot: HostSnapshot }>(host, 'host:resume', credentials);
    const row = snapshot.teams.find((t) => t.teamId === team.credentials.teamId)!;
    expect(finished).toBe(true);
    expect(debrief.overall.percent).toBe(row.overall);
    expect(debrief.decisions).toHaveLength(path.length);
    expect(debrief.decisions.every((d) => d.feedback !== undefined)).toBe(true);
  });
});
