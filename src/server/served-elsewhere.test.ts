import { describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import type { TeamChosen, TeamDebrief } from '../protocol/team-play.ts';
import { clusterServices } from '../../test/helpers/cluster-services.ts';
import { must, next } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { openSession, serverOptions } from '../../test/helpers/workshop-harness.ts';
import { joinTeam, playTeam, type JoinedTeam } from '../../test/helpers/workshop-play.ts';
import type { TeamSnapshot } from '../protocol/snapshots.ts';
import { prepareOutlooks } from './story-outlooks.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

const library = fixtureLibrary('stories/hotel-heat.ink');
const story = [...library.values()][0]!;

// Two processes on one Postgres and Redis. A process plays only the teams it serves; a team
// served by the other is caught up from the store the moment this one must serve it. Whatever
// process a host or a device asks, it must get what the team really did.
describe('a team served by one process, then the other (Postgres + Redis)', () => {
  const { sockets, servers, ...services } = clusterServices();

  const rejoin = async (team: JoinedTeam, url: string): Promise<JoinedTeam> => {
    const socket = await sockets.open(url);
    const { snapshot } = await must<{ snapshot: TeamSnapshot }>(
      socket,
      'team:rejoin',
      team.credentials,
    );
    return { ...team, socket, snapshot };
  };

  it('shows the host, the export and the debrief every choice, whichever process took it', async () => {
    const db = services.postgres().createDatabase('elsewhere');
    for (let i = 0; i < 2; i++) {
      servers.push(
        await startWorkshopServer(
          serverOptions({ db, stories: library, redis: services.redis().url }),
        ),
      );
    }
    const [a, b] = servers as [RunningWorkshop, RunningWorkshop];
    const host = await sockets.open(a.url);
    const { credentials } = await openSession(host, story.id);
    const { code } = credentials;
    const onB = await joinTeam(await sockets.open(b.url), code, 'Night shift');
    await must(host, 'host:action', { ...credentials, action: 'start' });

    // Two choices on B: their rows reach the host on A live.
    const seen = next<TeamRow[]>(host, 'host:teams', (rows) => rows.some((r) => r.made === 2));
    await playTeam(onB, () => 0, 2);
    const rowOfB = (await seen).find((r) => r.name === 'Night shift')!;

    // A team joining on A: the host gets its row. A host action on A answers with A's whole
    // snapshot, from what A holds: B's team is in it as B scored it.
    const dayRow = next<TeamRow[]>(host, 'host:teams', (rows) =>
      rows.some((r) => r.name === 'Day shift'),
    );
    await joinTeam(await sockets.open(a.url), code, 'Day shift');
    await dayRow;
    const whole = await must<{ snapshot: HostSnapshot }>(host, 'host:action', {
      ...credentials,
      action: 'close-joining',
    });
    expect(whole.snapshot.teams.map((t) => t.name).sort()).toEqual(['Day shift', 'Night shift']);
    const nightOnA = whole.snapshot.teams.find((t) => t.name === 'Night shift')!;
    expect({ ...nightOnA, online: true }).toEqual({ ...rowOfB, online: true });

    // The device moves to A: A has its two choices and takes the third.
    const onA = await rejoin(onB, a.url);
    expect(onA.snapshot.made).toBe(2);
    expect(onA.snapshot.play.choices).toEqual(onB.snapshot.play.choices);
    await playTeam(onA, () => 1, 3);

    // Its other phone, still on B, sends the fourth: B takes it after A's third, in order.
    const fourth = await must<TeamChosen>(onB.socket, 'team:choose', {
      ...onB.credentials,
      hash: story.hash,
      step: 3,
      index: 0,
    });
    expect(fourth.made).toBe(4);

    // A's export, taken while the round goes on, has B's fourth choice as B has it.
    const hostOnB = await sockets.open(b.url);
    const csvA = await must<{ csv: string }>(host, 'host:export', credentials);
    const csvB = await must<{ csv: string }>(hostOnB, 'host:export', credentials);
    expect(csvA.csv).toEqual(csvB.csv);

    // One more on B; then revealed on A: A's walk-through and debrief agree with B's.
    const fifth = await must<TeamChosen>(onB.socket, 'team:choose', {
      ...onB.credentials,
      hash: story.hash,
      step: 4,
      index: 0,
    });
    expect(fifth.made).toBe(5);
    await prepareOutlooks(story); // so both give the exact model answers, not approximate ones
    const fromA = await must<{ snapshot: HostSnapshot }>(host, 'host:action', {
      ...credentials,
      action: 'reveal',
    });
    const fromB = await must<{ snapshot: HostSnapshot }>(hostOnB, 'host:resume', credentials);
    expect(fromA.snapshot.walkthrough).toBeDefined();
    expect(fromA.snapshot.walkthrough).toEqual(fromB.snapshot.walkthrough);
    const rows = (s: HostSnapshot) => s.teams.map(({ online: _, ...row }) => row);
    expect(rows(fromA.snapshot)).toEqual(rows(fromB.snapshot));
    expect(rows(fromA.snapshot).find((t) => t.name === 'Night shift')?.made).toBe(5);
    const debriefA = await must<TeamDebrief>(onA.socket, 'team:debrief', onA.credentials);
    const debriefB = await must<TeamDebrief>(onB.socket, 'team:debrief', onB.credentials);
    expect(debriefA.debrief).toEqual(debriefB.debrief);
    expect(debriefA.debrief.decisions).toHaveLength(5);
  }, 120_000);
});
