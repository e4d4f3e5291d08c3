import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../test/helpers/services.ts';
import { must, request } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { openSession, serverOptions, socketPool } from '../../test/helpers/workshop-harness.ts';
import { joinTeam } from '../../test/helpers/workshop-play.ts';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamChosen } from '../protocol/team-play.ts';
import { postgresStore } from './pg-store.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

// Overload, made on purpose: the process has one connection to Postgres, and another client
// holds a lock that keeps it busy. A second team's choice cannot get a connection in time.
describe('a Postgres store too busy to take a choice in time', () => {
  let postgres: PostgresServer;
  const sockets = socketPool();
  let server: RunningWorkshop | undefined;
  const logged: string[] = [];
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    sockets.closeAll();
    await server?.close();
    postgres?.destroy();
  }, 60_000);

  it('refuses it as busy (try again), keeps the one it was writing, and takes the retry', async () => {
    const url = postgres.createDatabase('busy');
    const store = await postgresStore(url, { connections: 1, waitMs: 300 });
    server = await startWorkshopServer(
      serverOptions({ db: store, stories: library, log: (m) => logged.push(m) }),
    );
    const host = await sockets.open(server.url);
    const { credentials } = await openSession(host, story.id);
    const first = await joinTeam(await sockets.open(server.url), credentials.code, 'Night shift');
    const second = await joinTeam(await sockets.open(server.url), credentials.code, 'Day shift');
    await must(host, 'host:action', { ...credentials, action: 'start' });
    const choice = (team: typeof first) =>
      request<TeamChosen>(team.socket, 'team:choose', {
        ...team.credentials,
        hash: story.hash,
        step: 0,
        index: 0,
      });

    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE choices IN ACCESS EXCLUSIVE MODE');
    const held = choice(first); // takes the one connection, and waits on the lock
    // Its insert is waiting on the lock (asked of Postgres, for up to 10 s).
    for (let i = 0; i < 100; i++) {
      const waiting = await locker.query('SELECT 1 FROM pg_locks WHERE NOT granted');
      if (waiting.rowCount) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const refused = await choice(second);
    await locker.query('COMMIT');
    await locker.end();

    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/busy.*not kept.*try again/i);
    expect(await held).toMatchObject({ ok: true, value: { made: 1 } });
    expect(await choice(second)).toMatchObject({ ok: true, value: { made: 1 } });

    // Busy is not down: the host is not told the database is out of reach, and the log names it.
    const { snapshot } = await must<{ snapshot: HostSnapshot }>(host, 'host:resume', credentials);
    expect(snapshot.reconnecting).toBeUndefined();
    expect(snapshot.storage).toBeUndefined();
    expect(snapshot.teams.map((t) => [t.name, t.made])).toEqual([
      ['Night shift', 1],
      ['Day shift', 1],
    ]);
    expect(logged.some((l) => /team:choose refused, store busy/.test(l))).toBe(true);
    expect(logged.some((l) => /failed:/.test(l))).toBe(false);
  }, 120_000);
});
