import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import { startPostgres, type PostgresServer } from '../../test/helpers/services.ts';
import { must, next } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { serverOptions, socketPool, startRoom } from '../../test/helpers/workshop-harness.ts';
import { playTeam } from '../../test/helpers/workshop-play.ts';
import { startWorkshopServer } from './workshop-server.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

describe('the workshop server on Postgres (WORKSHOP_DB=postgres://…)', () => {
  let postgres: PostgresServer;
  const sockets = socketPool();
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 120_000);
  afterAll(() => {
    sockets.closeAll();
    postgres?.destroy();
  }, 60_000);

  it('plays a round, comes back after a restart, and tells the host while Postgres is away', async () => {
    const db = postgres.createDatabase('workshop');
    const options = serverOptions({ db, stories: library, watchMs: 200 });
    const first = await startWorkshopServer(options);
    let credentials: { code: string; hostToken: string };
    let before: HostSnapshot;
    try {
      const room = await startRoom(first.url, sockets, story.id);
      credentials = room.credentials;
      const seen = next<TeamRow[]>(room.host, 'host:teams', (rows) =>
        rows.some((r) => r.made === 1),
      );
      await playTeam(room.team, () => 0, 1);
      expect((await seen).map((r) => r.name)).toEqual(['Night shift']);

      const away = next<HostSnapshot>(room.host, 'host:snapshot', (s) => s.storage !== undefined);
      postgres.stop('immediate');
      expect((await away).storage).toMatch(/cannot be reached.*reconnecting/);
      const refused = await room.team.socket.emitWithAck('team:choose', {
        ...room.team.credentials,
        hash: story.hash,
        step: 1,
        index: 0,
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      // The team's phone is told to try again, not where the database server is.
      const told = (refused as { error: { message: string } }).error.message;
      expect(told).toMatch(/not kept\. Try again shortly/);
      expect(told).not.toContain(new URL(db).port);
      const back = next<HostSnapshot>(room.host, 'host:snapshot', (s) => s.storage === undefined);
      postgres.start();
      await back;
      await playTeam(room.team, () => 0, 2);
      before = (await must<{ snapshot: HostSnapshot }>(room.host, 'host:resume', credentials))
        .snapshot;
      expect(before.teams.map((t) => [t.name, t.made])).toEqual([['Night shift', 2]]);
    } finally {
      await first.close();
    }
    const second = await startWorkshopServer(options);
    try {
      const host = await sockets.open(second.url);
      const after = await must<{ snapshot: HostSnapshot }>(host, 'host:resume', credentials);
      expect(after.snapshot.teams.map((t) => ({ ...t, online: false }))).toEqual(
        before.teams.map((t) => ({ ...t, online: false })),
      );
    } finally {
      await second.close();
    }
  }, 90_000);
});
