import { describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import { clusterServices } from '../../test/helpers/cluster-services.ts';
import { hostBoard } from '../../test/helpers/host-board.ts';
import { subscribersBack, withSubscribersCut, within } from '../../test/helpers/redis-cut.ts';
import { twoProcessHost } from '../../test/helpers/two-process-host.ts';
import { must, next } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { joinTeam, playTeam } from '../../test/helpers/workshop-play.ts';

const library = fixtureLibrary('stories/hotel-heat.ink');

// Two processes on one Postgres and Redis: the host on A, the teams on B. A change message from
// B that A never gets must not leave the host's board stale until the host page comes back.
describe('a change message another process missed (Postgres + Redis)', () => {
  const cluster = clusterServices();
  const { sockets, ...services } = cluster;
  const twoProcesses = twoProcessHost(cluster, library);

  it('puts the missed choice on the host’s board when the next change shows a number skipped', async () => {
    // Summaries every minute: only the numbering of the next change can show what was missed.
    const { b, host, credentials, admin } = await twoProcesses(
      services.postgres().createDatabase('gap'),
      60_000,
    );
    const { code } = credentials;
    const night = await joinTeam(await sockets.open(b.url), code, 'Night shift');
    const day = await joinTeam(await sockets.open(b.url), code, 'Day shift');
    await must(host, 'host:action', { ...credentials, action: 'start' });
    const board = hostBoard(host);
    const live = next<TeamRow[]>(host, 'host:teams', (rows) => rows.some((r) => r.made === 1));
    await playTeam(night, () => 0, 1);
    await live;
    expect(board.team('Night shift')).toMatchObject({ made: 1, by: 'row' });

    const subscribers = await withSubscribersCut(admin, () => playTeam(night, () => 0, 2));
    // Redis takes the subscribers back; Day shift's choice comes next, numbered after the lost one.
    await subscribersBack(admin, subscribers);
    expect(board.team('Night shift')?.made).toBe(1);
    const healed = next<HostSnapshot>(host, 'host:snapshot', (s) =>
      s.teams.some((t) => t.name === 'Night shift' && t.made === 2),
    );
    await playTeam(day, () => 0, 1);
    const whole = await within(healed, 'the missed choice after the next one');
    expect(whole.teams.map((t) => [t.name, t.made]).sort()).toEqual([
      ['Day shift', 1],
      ['Night shift', 2],
    ]);
  }, 120_000);

  it('puts the missed last choice of a quiet session on the host’s board within a summary', async () => {
    const { b, host, credentials, admin } = await twoProcesses(
      services.postgres().createDatabase('quiet'),
      300,
    );
    const night = await joinTeam(await sockets.open(b.url), credentials.code, 'Night shift');
    await must(host, 'host:action', { ...credentials, action: 'start' });
    const board = hostBoard(host);
    await playTeam(night, () => 0, 1);

    // Nobody chooses after the lost one: B's summary tells A it missed a change of this session.
    const healed = next<HostSnapshot>(host, 'host:snapshot', (s) =>
      s.teams.some((t) => t.name === 'Night shift' && t.made === 2),
    );
    await withSubscribersCut(admin, () => playTeam(night, () => 0, 2));
    expect(board.team('Night shift')?.made).not.toBe(2);
    expect(
      (await within(healed, 'the missed choice of a quiet session')).teams.find(
        (t) => t.name === 'Night shift',
      )?.made,
    ).toBe(2);
    expect(board.team('Night shift')).toMatchObject({ made: 2, by: 'snapshot' });
  }, 120_000);
});
