import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostSnapshot, TeamSnapshot } from '../protocol/snapshots.ts';
import { clusterServices } from '../../test/helpers/cluster-services.ts';
import { must } from '../../test/helpers/workshop-client.ts';
import { joinTeam, playTeam } from '../../test/helpers/workshop-play.ts';

describe('npm run workshop:cluster -- --processes 2', () => {
  const { sockets, ...services } = clusterServices();
  let stopCluster = () => undefined as void;
  // Registered after clusterServices' hook, so it runs first: the cluster stops before Postgres.
  afterAll(() => stopCluster());

  it('serves a round through one address and replaces a process killed with kill -9', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'workshop-cluster-'));
    mkdirSync(path.join(dir, 'stories'));
    copyFileSync('test/fixtures/small-desk.ink', path.join(dir, 'stories', 'small-desk.ink'));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/server/cluster.ts', '--processes', '2'],
      {
        env: {
          ...process.env,
          HOST: '127.0.0.1',
          PORT: '0',
          WORKSHOP_BUILD: 'never',
          WORKSHOP_DB: services.postgres().createDatabase('cluster'),
          WORKSHOP_REDIS: services.redis().url,
          WORKSHOP_DIST: dir,
          WORKSHOP_STORIES: path.join(dir, 'stories'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    stopCluster = () => void child.kill('SIGTERM');
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const printed = async (pattern: RegExp) => {
      await expect.poll(() => pattern.test(output), { timeout: 90_000 }).toBe(true);
      return pattern.exec(output)!;
    };
    const url = (await printed(/Host \(open on this computer\): (http:\/\/\S+)\/host\.html/))[1]!;
    const pids = [...output.matchAll(/Workshop process (\d+) is ready/g)].map((m) => Number(m[1]));
    expect(output).toMatch(/running in 2 processes/);
    expect(pids).toHaveLength(2);

    const open = () => sockets.open(url);
    const host = await open();
    const stories = await must<{ stories: { id: string }[] }>(host, 'stories:list', {});
    const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(host, 'host:open', {
      storyId: stories.stories[0]!.id,
    });
    const credentials = { code: opened.snapshot.code, hostToken: opened.hostToken };
    const team = await joinTeam(await open(), credentials.code, 'Night shift');
    await must(host, 'host:action', { ...credentials, action: 'start' });
    await playTeam(team, () => 0, 1);

    // Every client here has one address, so all of them are on one process: kill that one.
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    await printed(/ended \(SIGKILL\); starting another[\s\S]*ended \(SIGKILL\); starting another/);
    await expect
      .poll(() => [...output.matchAll(/Workshop process (\d+) is ready/g)].length, {
        timeout: 60_000,
      })
      .toBe(4);
    const back = await must<{ snapshot: TeamSnapshot }>(
      await open(),
      'team:rejoin',
      team.credentials,
    );
    expect(back.snapshot.made).toBe(1);
    const resumed = await must<{ snapshot: HostSnapshot }>(
      await open(),
      'host:resume',
      credentials,
    );
    expect(resumed.snapshot.teams.map((t) => [t.name, t.made])).toEqual([['Night shift', 1]]);
  }, 240_000);
});
