import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostSnapshot, TeamSnapshot } from '../protocol/snapshots.ts';
import {
  killHard,
  spawnWorkshop,
  type SpawnedWorkshop,
} from '../../test/helpers/spawn-workshop.ts';
import { must } from '../../test/helpers/workshop-client.ts';
import { socketPool } from '../../test/helpers/workshop-harness.ts';
import { joinTeam, playTeam } from '../../test/helpers/workshop-play.ts';

describe('a workshop server killed with kill -9 mid-round', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-crash-'));
  // Only the story played: starting the server on the whole library checks every story first.
  mkdirSync(path.join(dir, 'stories'));
  copyFileSync('stories/hotel-heat.ink', path.join(dir, 'stories', 'hotel-heat.ink'));
  const env = {
    WORKSHOP_DB: path.join(dir, 'workshop.db'),
    WORKSHOP_DIST: dir,
    WORKSHOP_STORIES: path.join(dir, 'stories'),
  };
  const sockets = socketPool();
  const servers: SpawnedWorkshop[] = [];
  const open = (url: string) => sockets.open(url);
  afterAll(async () => {
    sockets.closeAll();
    for (const s of servers) await killHard(s.child);
  });

  it('comes back with its sessions, teams, paths and leaderboard, and teams continue', async () => {
    const first = await spawnWorkshop(env);
    servers.push(first);
    const host = await open(first.url);
    const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(host, 'host:open', {
      storyId: 'hotel-heat',
    });
    const credentials = { code: opened.snapshot.code, hostToken: opened.hostToken };
    const a = await joinTeam(await open(first.url), credentials.code, 'Night shift');
    const b = await joinTeam(await open(first.url), credentials.code, 'Day shift');
    await must(host, 'host:action', { ...credentials, action: 'start' });
    const pathA = await playTeam(a, () => 0, 3);
    const pathB = await playTeam(b, (n) => n - 1, 2);
    const before = await must<{ snapshot: HostSnapshot }>(host, 'host:resume', credentials);

    await killHard(first.child);
    const second = await spawnWorkshop(env);
    servers.push(second);

    const after = await must<{ snapshot: HostSnapshot }>(
      await open(second.url),
      'host:resume',
      credentials,
    );
    const offline = (s: HostSnapshot) => ({
      ...s,
      teams: s.teams.map((t) => ({ ...t, online: false })),
    });
    expect(offline(after.snapshot)).toEqual(offline(before.snapshot));
    expect(after.snapshot.phase).toBe('playing');
    expect(after.snapshot.teams.map((t) => t.made).sort()).toEqual([2, 3]);

    const device = await open(second.url);
    const back = await must<{ snapshot: TeamSnapshot }>(device, 'team:rejoin', a.credentials);
    // The replayed live story is where the team left it: the same step, the same options.
    expect(back.snapshot.made).toBe(pathA.length);
    expect(back.snapshot.play.choices).toEqual(a.snapshot.play.choices);
    const rest = await playTeam({ ...a, socket: device, snapshot: back.snapshot }, () => 0);
    const fullPath = [...pathA, ...rest];
    const done = await must<{ snapshot: HostSnapshot }>(
      await open(second.url),
      'host:resume',
      credentials,
    );
    const row = done.snapshot.teams.find((t) => t.teamId === a.credentials.teamId)!;
    expect(row.finished).toBe(true);
    expect(row.made).toBe(fullPath.length);
    expect(done.snapshot.teams.find((t) => t.teamId === b.credentials.teamId)!.made).toBe(
      pathB.length,
    );
  });
});
