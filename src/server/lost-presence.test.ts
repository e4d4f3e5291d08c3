import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterServices } from '../../test/helpers/cluster-services.ts';
import { hostBoard } from '../../test/helpers/host-board.ts';
import { subscribersBack, withSubscribersCut } from '../../test/helpers/redis-cut.ts';
import { killHard, spawnWorkshop } from '../../test/helpers/spawn-workshop.ts';
import { twoProcessHost } from '../../test/helpers/two-process-host.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { openSession, serverOptions } from '../../test/helpers/workshop-harness.ts';
import { joinTeam } from '../../test/helpers/workshop-play.ts';
import { startWorkshopServer } from './workshop-server.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

// Two processes on one Postgres and Redis: the host on A, the team's device on B. Whether a team
// is online is not in the store, so a re-read cannot heal a lost 'offline': the summaries carry it.
describe('a team’s online mark when a message about it is lost (Postgres + Redis)', () => {
  const cluster = clusterServices();
  const { sockets, servers, ...services } = cluster;
  const hostOnA = twoProcessHost(cluster, library);

  // Summaries every 300 ms; a process silent for six of them is forgotten.
  async function twoProcesses(name: string) {
    const { b, host, credentials, admin } = await hostOnA(
      services.postgres().createDatabase(name),
      300,
    );
    const board = hostBoard(host);
    const device = await sockets.open(b.url);
    await joinTeam(device, credentials.code, 'Night shift');
    await board.shows('Night shift', { online: true });
    return { b, board, device, admin };
  }

  it('shows the team offline when the message saying so was lost', async () => {
    const { b, board, device, admin } = await twoProcesses('lost_offline');
    const team = () => [...b.manager.sessions[0]!.teams.values()][0]!;
    const subscribers = await withSubscribersCut(admin, async () => {
      device.disconnect(); // B publishes 'offline' while nobody listens
      while (team().connections > 0) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      expect(board.team('Night shift')?.online).toBe(true); // A heard nothing of it
    });
    await subscribersBack(admin, subscribers);
    // B's next summary says which teams are connected there: none.
    await board.shows('Night shift', { online: false });
  }, 120_000);

  it('shows the teams of a process killed with kill -9 offline', async () => {
    const db = services.postgres().createDatabase('killed');
    const redis = services.redis().url;
    // Summaries every second: B is forgotten after 6 s of silence, so a loaded machine stalling
    // B's loop for a second or two does not make it look dead while it runs.
    const a = await startWorkshopServer(
      serverOptions({ db, stories: library, redis, changeCheckMs: 1000 }),
    );
    servers.push(a);
    const dir = mkdtempSync(path.join(tmpdir(), 'workshop-killed-'));
    mkdirSync(path.join(dir, 'stories'));
    copyFileSync('test/fixtures/small-desk.ink', path.join(dir, 'stories', 'small-desk.ink'));
    const b = await spawnWorkshop({
      WORKSHOP_DB: db,
      WORKSHOP_REDIS: redis,
      WORKSHOP_DIST: dir,
      WORKSHOP_STORIES: path.join(dir, 'stories'),
      WORKSHOP_CHANGE_CHECK_MS: '1000',
    });
    try {
      const host = await sockets.open(a.url);
      const { credentials } = await openSession(host, story.id);
      const board = hostBoard(host);
      await joinTeam(await sockets.open(b.url), credentials.code, 'Night shift');
      await board.shows('Night shift', { online: true });
      // Its summaries keep the mark: it is not forgotten while it runs.
      await new Promise((r) => setTimeout(r, 3_000));
      expect(board.team('Night shift')?.online).toBe(true);
      await killHard(b.child); // says nothing: its teams' devices just lose it
      // A forgets B after six summaries of silence, and sends its host the row again.
      await board.shows('Night shift', { online: false });
    } finally {
      await killHard(b.child);
    }
  }, 120_000);
});
