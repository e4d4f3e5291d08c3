/**
 * The workshop's own work per accepted choice, with no socket and no wake-up: one process opens a
 * session of BENCH_STORY (default hotel-heat) on a SQLite file, joins 300 teams, waits for the
 * model answers, then plays every team to its ending through `SessionManager.choose` one choice
 * after another (each committed and applied as the server does, with the reply's step and the host
 * row serialised as JSON), and prints the CPU per choice of its main thread and of its others;
 * then fifty choices past the ending from every team, and the CPU per refusal.
 * What bench:workshop measures beyond this is being woken for each request and socket.io.
 * Run as: npx tsx scripts/workshop-bench/hot-choices.ts
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../src/core/random.ts';
import { teamRow } from '../../src/server/live-session.ts';
import { SessionManager } from '../../src/server/session-manager.ts';
import { sqliteStore } from '../../src/server/sqlite-store.ts';
import { loadStoryLibrary } from '../../src/server/story-library.ts';
import { prepareOutlooks } from '../../src/server/story-outlooks.ts';
import { teamStep } from '../../src/server/team-view.ts';
import { threadCpuMs } from './proc-stats.ts';

const ROOT = path.resolve(import.meta.dirname ?? '.', '../..');
const STORY = process.env.BENCH_STORY ?? 'hotel-heat';
const dir = mkdtempSync(path.join(tmpdir(), 'hot-choices-'));
mkdirSync(path.join(dir, 'stories'));
copyFileSync(path.join(ROOT, 'stories', `${STORY}.ink`), path.join(dir, 'stories', `${STORY}.ink`));
const { stories } = await loadStoryLibrary(path.join(dir, 'stories'), ROOT);
const manager = await SessionManager.start(sqliteStore(path.join(dir, 'hot.db')), stories, {});
const opened = await manager.open({ storyId: [...stories.values()][0]!.id });
if (!opened.ok) throw new Error(opened.error.message);
const { session, hostToken } = opened.value;
const code = session.record.code;
const teams: { code: string; teamId: string; token: string }[] = [];
for (let i = 0; i < 300; i++) {
  const joined = await manager.join({
    code,
    name: `Team ${i + 1}`,
    device: `device-hot-${i}-0000`,
  });
  if (!joined.ok) throw new Error(joined.error.message);
  teams.push({ code, teamId: joined.value.team.id, token: joined.value.token });
}
await manager.act({ code, hostToken, action: 'start' });
await prepareOutlooks(session.story);

const random = seededRandom(7);
const before = threadCpuMs(process.pid);
let choices = 0;
for (let live = teams; live.length > 0; ) {
  const next: typeof teams = [];
  for (const credentials of live) {
    const team = session.teams.get(credentials.teamId)!;
    if (team.encounter.ended) continue;
    const index = Math.floor(random() * team.encounter.choices.length);
    const step = team.path.length;
    const chosen = await manager.choose({ ...credentials, hash: session.story.hash, step, index });
    if (!chosen.ok) throw new Error(chosen.error.message);
    JSON.stringify({
      made: team.path.length,
      step: teamStep(team.encounter, team.encounter.beat.lines),
    });
    JSON.stringify([teamRow(team)]);
    choices += 1;
    next.push(credentials);
  }
  live = next;
}
const after = threadCpuMs(process.pid);
// Then every finished team sends fifty choices past its ending (bench:workshop sends ten: here
// more, so that /proc's 10 ms ticks resolve a refusal of a few µs).
let refusals = 0;
for (let n = 0; n < 50; n++) {
  for (const credentials of teams) {
    const step = session.teams.get(credentials.teamId)!.path.length;
    const refused = await manager.choose({
      ...credentials,
      hash: session.story.hash,
      step,
      index: 0,
    });
    if (refused.ok) throw new Error('a choice past the ending was accepted');
    JSON.stringify(refused);
    refusals += 1;
  }
}
const end = threadCpuMs(process.pid);
const per = (ms: number, count: number) => Number(((ms * 1000) / count).toFixed(1));
console.log(
  JSON.stringify({
    date: new Date().toISOString(),
    story: STORY,
    choices,
    µsPerChoice: {
      main: per(after.main - before.main, choices),
      others: per(after.others - before.others, choices),
    },
    refusals,
    µsPerRefusal: {
      main: per(end.main - after.main, refusals),
      others: per(end.others - after.others, refusals),
    },
  }),
);
process.exit(0);
