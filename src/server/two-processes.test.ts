import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import { clusterServices } from '../../test/helpers/cluster-services.ts';
import {
  killHard,
  spawnWorkshop,
  type SpawnedWorkshop,
} from '../../test/helpers/spawn-workshop.ts';
import { must, next } from '../../test/helpers/workshop-client.ts';
import { joinTeam, playTeam, type JoinedTeam } from '../../test/helpers/workshop-play.ts';
import type { TeamSnapshot } from '../protocol/snapshots.ts';

// Two `npm run workshop` processes on one Postgres and one Redis, as behind a load balancer: the
// host on one, a team on the other; then each process is killed with kill -9 in turn.
describe('one session served by two processes (WORKSHOP_DB=postgres://…, WORKSHOP_REDIS)', () => {
  const { sockets, ...services } = clusterServices();
  const servers: SpawnedWorkshop[] = [];
  const open = (url: string) => sockets.open(url);
  let env: Record<string, string>;
  // After clusterServices' beforeAll (Postgres and Redis are up); its afterAll runs after this one.
  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'workshop-cluster-'));
    mkdirSync(path.join(dir, 'stories'));
    copyFileSync('test/fixtures/small-desk.ink', path.join(dir, 'stories', 'small-desk.ink'));
    env = {
      WORKSHOP_DB: services.postgres().createDatabase('cluster'),
      WORKSHOP_REDIS: services.redis().url,
      WORKSHOP_DIST: dir,
      WORKSHOP_STORIES: path.join(dir, 'stories'),
    };
  });
  afterAll(async () => {
    for (const s of servers) await killHard(s.child);
  }, 60_000);
  const spawn = async () => {
    const server = await spawnWorkshop(env);
    servers.push(server);
    return server;
  };
  /** A team device that lost its process comes back on another one with its saved credentials. */
  const rejoin = async (team: JoinedTeam, url: string) => {
    const socket = await open(url);
    const { snapshot } = await must<{ snapshot: TeamSnapshot }>(
      socket,
      'team:rejoin',
      team.credentials,
    );
    return { ...team, socket, snapshot };
  };

  it('shows the host on A a team’s choices on B live, and loses nothing to kill -9', async () => {
    const [a, b] = [await spawn(), await spawn()];
    const host = await open(a.url);
    const stories = await must<{ stories: { id: string }[] }>(host, 'stories:list', {});
    const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(host, 'host:open', {
      storyId: stories.stories[0]!.id,
    });
    const credentials = { code: opened.snapshot.code, hostToken: opened.hostToken };
    const arrived = next<TeamRow[]>(host, 'host:teams', (rows) => rows.length > 0);
    let team = await joinTeam(await open(b.url), credentials.code, 'Night shift');
    expect((await arrived).map((t) => t.name)).toEqual(['Night shift']);
    const resumed = await must<{ snapshot: HostSnapshot }>(host, 'host:resume', credentials);
    expect(resumed.snapshot.teams.map((t) => t.name)).toEqual(['Night shift']);
    await must(host, 'host:action', { ...credentials, action: 'start' });

    // Live: the choice is accepted by B and its row reaches the host's socket on A.
    const seen = next<TeamRow[]>(host, 'host:teams', (rows) => rows.some((r) => r.made === 1));
    await playTeam(team, () => 0, 1);
    expect(await seen).toMatchObject([{ name: 'Night shift', made: 1 }]);

    // B dies: the acknowledged choice is kept and the team carries on at A.
    await killHard(b.child);
    team = await rejoin(team, a.url);
    expect(team.snapshot.made).toBe(1);
    await playTeam(team, () => 1, 2);

    // A dies too, with the host on it: a new process has everything, host and team come back.
    const c = await spawn();
    await killHard(a.child);
    team = await rejoin(team, c.url);
    expect(team.snapshot.made).toBe(2);
    const back = await must<{ snapshot: HostSnapshot }>(
      await open(c.url),
      'host:resume',
      credentials,
    );
    expect(back.snapshot.phase).toBe('playing');
    expect(back.snapshot.teams.map((t) => [t.name, t.made])).toEqual([['Night shift', 2]]);
  }, 240_000);
});
