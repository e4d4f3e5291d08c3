import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { luckRead } from '../core/luck.ts';
import { clusterServices } from '../../test/helpers/cluster-services.ts';
import { hostBoard } from '../../test/helpers/host-board.ts';
import { crowdOut } from '../../test/helpers/luck-crowd.ts';
import { killHard, spawnWorkshop } from '../../test/helpers/spawn-workshop.ts';
import { must } from '../../test/helpers/workshop-client.ts';
import { uncheckedStory } from '../../test/helpers/workshop-fixtures.ts';
import { openSession, serverOptions } from '../../test/helpers/workshop-harness.ts';
import { joinTeam } from '../../test/helpers/workshop-play.ts';
import { readSessionLuck } from './session-luck.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

// A large random story: reading a seed again, after the luck cache let it go, takes seconds.
const luck = uncheckedStory('test/fixtures/large/night-shift-luck.ink');

/** Until the server has nothing queued (its re-reads and joins done), bounded. */
async function settled(server: RunningWorkshop): Promise<void> {
  for (let i = 0; i < 600 && server.manager.queue.busy > 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(server.manager.queue.busy, 'the server still has work queued after 30 s').toBe(0);
  // Rows wait at most a few frames for their turn (host-rows.ts) before they go.
  await new Promise((r) => setTimeout(r, 200));
}

// Process A joins a team and its host removes it at once, while process B, which holds the session
// too, is still reading the session's seed again (its luck cache let it go) before it can hold the
// joined team. B must not hold the removed team afterwards, or show it on its host page's board.
// B is in this process and A a process of its own (twoProcessHost() runs both here, and they would
// share one luck cache, so B could not be the only one to have let the seed go).
describe('a team removed on one process while another still reads its seed (Postgres + Redis)', () => {
  const { sockets, servers, ...services } = clusterServices();

  it('is not shown again by the process that heard of its joining late', async () => {
    const db = services.postgres().createDatabase('removed_elsewhere');
    const redis = services.redis().url;
    // B runs in this process, so the test can make its luck cache let the session's seed go.
    const b = await startWorkshopServer(
      serverOptions({ db, stories: new Map([[luck.id, luck]]), redis }),
    );
    servers.push(b);
    // A is a process of its own, with its own luck cache: it reads the seed when it loads the
    // session, and keeps it.
    const dir = mkdtempSync(path.join(tmpdir(), 'workshop-removed-'));
    mkdirSync(path.join(dir, 'stories'));
    copyFileSync('test/fixtures/small-desk.ink', path.join(dir, 'stories', 'small-desk.ink'));
    const a = await spawnWorkshop({
      WORKSHOP_DB: db,
      WORKSHOP_REDIS: redis,
      WORKSHOP_DIST: dir,
      WORKSHOP_STORIES: path.join(dir, 'stories'),
    });
    try {
      const hostOnB = await sockets.open(b.url);
      const { credentials } = await openSession(hostOnB, luck.id);
      const boardOnB = hostBoard(hostOnB);
      const hostOnA = await sockets.open(a.url);
      await must(hostOnA, 'host:resume', credentials);
      const session = b.manager.sessions.find((s) => s.record.code === credentials.code)!;
      await crowdOut(luck);
      expect(luckRead(session.story, session.record.seed), 'B still holds the seed').toBe(false);

      const late = await joinTeam(await sockets.open(a.url), credentials.code, 'Late shift');
      await must(hostOnA, 'host:remove-team', { ...credentials, teamId: late.credentials.teamId });
      // B reads the seed again (seconds), then follows the join and the removal it heard meanwhile.
      await readSessionLuck(session.story, session.record.seed);
      await settled(b);
      // Whatever B sent its host page before it answers this has arrived by the answer.
      await must(hostOnB, 'stories:list', {});
      expect([...session.teams.values()].map((t) => t.name)).toEqual([]);
      expect(boardOnB.team('Late shift')).toBeUndefined();
    } finally {
      await killHard(a.child);
    }
  }, 180_000);
});
