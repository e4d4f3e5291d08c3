/**
 * `npx tsx scripts/bench-workshop.ts`: starts the workshop server as its own process (as
 * `npm run workshop` does), drives BENCH_TEAMS simulated team devices (default 200) over real
 * sockets through a whole scenario, and reports choices per second and the time from a team's
 * choice to the host's leaderboard update (p50/p99). Loopback only; bounded in count and time.
 * Results go to bench-results/workshop-*.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom } from '../src/core/random.ts';
import type { HostSnapshot } from '../src/protocol/snapshots.ts';
import type { TeamRow } from '../src/protocol/standings.ts';
import type { TeamChosen } from '../src/protocol/team-play.ts';
import { killHard, spawnWorkshop } from '../test/helpers/spawn-workshop.ts';
import { connect, must, request } from '../test/helpers/workshop-client.ts';
import { joinTeam, type JoinedTeam } from '../test/helpers/workshop-play.ts';

const TEAMS = Number(process.env.BENCH_TEAMS ?? 200);
// A team talks each decision through: BENCH_THINK_MIN_MS to BENCH_THINK_MS per choice. Set both
// to 0 for a flood that measures the server's capacity rather than a workshop.
const THINK_MIN_MS = Number(process.env.BENCH_THINK_MIN_MS ?? 3_000);
const THINK_MS = Math.max(THINK_MIN_MS, Number(process.env.BENCH_THINK_MS ?? 15_000));
const STORY = process.env.BENCH_STORY ?? 'hotel-heat';
const DEADLINE_MS = 5 * 60_000;
const ROOT = path.resolve(import.meta.dirname ?? '.', '..');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

const dir = mkdtempSync(path.join(tmpdir(), 'workshop-bench-'));
// Every simulated team connects from 127.0.0.1, so the per-address join budget is lifted here.
const server = await spawnWorkshop({
  WORKSHOP_DB: path.join(dir, 'bench.db'),
  WORKSHOP_DIST: dir,
  WORKSHOP_JOINS_PER_ADDRESS: '100000',
});
const started = Date.now();
try {
  const host = await connect(server.url);
  const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(host, 'host:open', {
    storyId: STORY,
  });
  const credentials = { code: opened.snapshot.code, hostToken: opened.hostToken };
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  host.on('host:team', (row: TeamRow) => {
    const sent = sentAt.get(`${row.teamId}:${row.made}`);
    if (sent === undefined) return;
    latencies.push(performance.now() - sent);
    sentAt.delete(`${row.teamId}:${row.made}`);
  });

  const teams: JoinedTeam[] = [];
  for (let i = 0; i < TEAMS; i++) {
    teams.push(await joinTeam(await connect(server.url), credentials.code, `Team ${i + 1}`));
  }
  console.log(
    `${TEAMS} teams joined; playing '${STORY}' with ${THINK_MIN_MS}–${THINK_MS} ms of thinking per choice…`,
  );
  await must(host, 'host:action', { ...credentials, action: 'start' });

  let choices = 0;
  let refused = 0;
  const playStart = performance.now();
  await Promise.all(
    teams.map(async (team, i) => {
      const random = seededRandom(i + 1);
      const { snapshot, credentials: me } = team;
      // Each simulated device shows only the step the server sent, as a real one does.
      let { made: step, play } = snapshot;
      while (!play.ended && Date.now() - started < DEADLINE_MS) {
        await sleep(THINK_MIN_MS + random() * (THINK_MS - THINK_MIN_MS));
        const index = Math.floor(random() * play.choices.length);
        sentAt.set(`${me.teamId}:${step + 1}`, performance.now());
        const reply = await request(team.socket, 'team:choose', {
          ...me,
          hash: snapshot.story.hash,
          step,
          index,
        });
        if (!reply.ok) {
          refused++;
          break;
        }
        choices++;
        ({ made: step, step: play } = reply.value as TeamChosen);
      }
    }),
  );
  const seconds = (performance.now() - playStart) / 1000;
  await sleep(200); // the last leaderboard updates are on their way
  const sorted = [...latencies].sort((a, b) => a - b);
  const result = {
    date: new Date().toISOString(),
    teams: TEAMS,
    story: STORY,
    thinkMs: [THINK_MIN_MS, THINK_MS],
    choices,
    refused,
    seconds: Number(seconds.toFixed(2)),
    choicesPerSecond: Number((choices / seconds).toFixed(1)),
    choiceToLeaderboardMs: {
      samples: sorted.length,
      p50: Number(quantile(sorted, 0.5).toFixed(1)),
      p99: Number(quantile(sorted, 0.99).toFixed(1)),
      max: Number((sorted[sorted.length - 1] ?? NaN).toFixed(1)),
    },
  };
  console.log(JSON.stringify(result, null, 2));
  const out = path.join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, `workshop-${result.date.replace(/[:.]/g, '-')}.json`),
    JSON.stringify(result, null, 2),
  );
  for (const team of teams) team.socket.disconnect();
  host.disconnect();
} finally {
  await killHard(server.child);
}
