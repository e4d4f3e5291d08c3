import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { luckRead } from '../core/luck.ts';
import { clusterServices } from '../../test/helpers/cluster-services.ts';
import { hostBoard } from '../../test/helpers/host-board.ts';
import { crowdOut } from '../../test/helpers/luck-crowd.ts';
import { killHard, spawnWorkshop } from '../../test/helpers/spawn-workshop.ts';
import { uncheckedStory } from '../../test/helpers/workshop-fixtures.ts';
import { openSession, serverOptions } from '../../test/helpers/workshop-harness.ts';
import { joinTeam } from '../../test/helpers/workshop-play.ts';
import { readSessionLuck } from './session-luck.ts';
import { standingFrom } from './team-standing.ts';
import { startWorkshopServer } from './workshop-server.ts';

// A large random story: reading a seed again, after the luck cache let it go, takes seconds.
const luck = uncheckedStory('test/fixtures/large/night-shift-luck.ink');

// The host is on process A, whose luck cache has let the session's seed go; a team joins on
// process B (a process of its own, so its own luck cache: twoProcessHost() runs both in this one
// and they would share it). A must show the new team as soon as it hears of the join, not after
// reading the seed again. The board is checked at the moment the row arrives: A and this test
// share the cache, so whether A has read the seed by then is read directly, not timed.
describe('a team that joins on another process while this one has let the seed go (Postgres + Redis)', () => {
  const { sockets, servers, ...services } = clusterServices();

  it("is on this process's host page before this process reads the seed again", async () => {
    const db = services.postgres().createDatabase('joined_elsewhere');
    const redis = services.redis().url;
    const a = await startWorkshopServer(
      serverOptions({ db, stories: new Map([[luck.id, luck]]), redis }),
    );
    servers.push(a);
    const dir = mkdtempSync(path.join(tmpdir(), 'workshop-joined-'));
    mkdirSync(path.join(dir, 'stories'));
    copyFileSync('test/fixtures/small-desk.ink', path.join(dir, 'stories', 'small-desk.ink'));
    const b = await spawnWorkshop({
      WORKSHOP_DB: db,
      WORKSHOP_REDIS: redis,
      WORKSHOP_DIST: dir,
      WORKSHOP_STORIES: path.join(dir, 'stories'),
    });
    try {
      const host = await sockets.open(a.url);
      const { credentials } = await openSession(host, luck.id);
      const board = hostBoard(host);
      const session = a.manager.sessions.find((s) => s.record.code === credentials.code)!;
      const seedRead = () => luckRead(session.story, session.record.seed);
      await crowdOut(luck);
      expect(seedRead(), 'A still holds the seed').toBe(false);
      let readWhenShown: boolean | undefined;
      host.on('host:teams', (rows: { name: string }[]) => {
        if (readWhenShown === undefined && rows.some((r) => r.name === 'Early shift'))
          readWhenShown = seedRead();
      });

      await joinTeam(await sockets.open(b.url), credentials.code, 'Early shift');
      const row = await board.shows('Early shift', { made: 0, online: true });
      expect(readWhenShown, 'the row came only once A had read the seed again').toBe(false);
      // The row B scored is the one A scores itself once it has the seed.
      await readSessionLuck(session.story, session.record.seed);
      const team = [...session.teams.values()].find((t) => t.name === 'Early shift')!;
      const own = standingFrom(session.story, team.encounter, session.aliveAt);
      expect(team.standing).toEqual(own);
      expect(row).toMatchObject(own);
    } finally {
      await killHard(b.child);
    }
  }, 180_000);
});
