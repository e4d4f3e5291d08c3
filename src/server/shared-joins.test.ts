import { describe, expect, it } from 'vitest';
import type { HostSnapshot, TeamSnapshot } from '../protocol/snapshots.ts';
import { clusterServices } from '../../test/helpers/cluster-services.ts';
import { must, request } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { serverOptions } from '../../test/helpers/workshop-harness.ts';
import { joinTeam, newDeviceId } from '../../test/helpers/workshop-play.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

// Two processes on one Postgres. Process B is started without Redis, so process A hears nothing
// of what B does, as when a message between processes is lost or late: whatever A gets right, it
// gets from the store.
describe('joins and returns on a process that did not hear of them (shared Postgres)', () => {
  const { sockets, servers, ...services } = clusterServices();

  it('refuses a name taken on the other process, and takes back that process’s team and host', async () => {
    const db = services.postgres().createDatabase('joins');
    const start = async (extra: { redis?: string }) => {
      const server = await startWorkshopServer(serverOptions({ db, stories: library, ...extra }));
      servers.push(server);
      return server;
    };
    const a = await start({ redis: services.redis().url });
    const host = await sockets.open(a.url);
    const opened = await must<{
      hostToken: string;
      recoveryCode: string;
      snapshot: HostSnapshot;
    }>(host, 'host:open', {
      storyId: story.id,
    });
    const credentials = { code: opened.snapshot.code, hostToken: opened.hostToken };
    const b = await start({});

    const onB = await joinTeam(await sockets.open(b.url), credentials.code, 'Night shift');
    sockets.keep(onB.socket);
    const again = await request(await sockets.open(a.url), 'team:join', {
      code: credentials.code,
      name: 'Night Shift',
      device: newDeviceId(),
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'name-taken' } });

    // The team's device comes back on A with what B gave it, and so does a host B re-keyed.
    const back = await must<{ snapshot: TeamSnapshot }>(
      await sockets.open(a.url),
      'team:rejoin',
      onB.credentials,
    );
    expect(back.snapshot.team.name).toBe('Night shift');
    const { hostToken } = await must<{ hostToken: string }>(
      await sockets.open(b.url),
      'host:recover',
      { code: credentials.code, recovery: opened.recoveryCode },
    );
    const resumed = await must<{ snapshot: HostSnapshot }>(
      await sockets.open(a.url),
      'host:resume',
      {
        code: credentials.code,
        hostToken,
      },
    );
    expect(resumed.snapshot.teams.map((t) => t.name)).toEqual(['Night shift']);
  }, 120_000);

  it('admits one of two teams that take one name on two processes at the same instant', async () => {
    const db = services.postgres().createDatabase('racing');
    for (let i = 0; i < 2; i++) {
      servers.push(
        await startWorkshopServer(
          serverOptions({ db, stories: library, redis: services.redis().url }),
        ),
      );
    }
    const [a, b] = servers.slice(-2) as [RunningWorkshop, RunningWorkshop];
    const host = await sockets.open(a.url);
    const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(host, 'host:open', {
      storyId: story.id,
    });
    const { code } = opened.snapshot;
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
    // Each team's phone on its own connection, one on each process, sent together.
    const phones = await Promise.all(
      names.flatMap(() => [sockets.open(a.url), sockets.open(b.url)]),
    );
    const raced = await Promise.all(
      phones.map((phone, i) => {
        const name = i % 2 === 0 ? names[i / 2]! : names[(i - 1) / 2]!.toUpperCase();
        return request(phone, 'team:join', { code, name, device: newDeviceId() });
      }),
    );
    const outcome = raced.map((r) => (r.ok ? 'joined' : r.error.code));
    for (let i = 0; i < names.length; i++) {
      expect(outcome.slice(2 * i, 2 * i + 2).sort(), names[i]).toEqual(['joined', 'name-taken']);
    }
    const { snapshot } = await must<{ snapshot: HostSnapshot }>(host, 'host:resume', {
      code,
      hostToken: opened.hostToken,
    });
    expect(snapshot.teams).toHaveLength(names.length);
  }, 120_000);
});
