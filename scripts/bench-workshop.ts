/**
 * `npm run bench:workshop`: the workshop server under a room's and a company's load, as its own
 * process (as `npm run workshop` runs it), over real sockets on loopback.
 * - room: 300 teams in one session; company: 1,000 teams over 10 sessions; both at
 *   BENCH_RATE accepted choices per second (default 200), every team played to its ending;
 * - refused: the room's finished teams send choices past their ending;
 * - floor: a bare socket.io echo server with the room's clients, rate and request count (and
 *   again at the refusals' rate and count); under it the bare `ws` echo socket.io is built on,
 *   and a process that is only woken at that rate.
 * Reports choices/s, p50/p99 choice → host leaderboard, server CPU per accepted and refused
 * choice and memory, each beside the floor measured in the same run, with the date and machine
 * load. `--profile room|company` runs one. Results go to bench-results/workshop-*.json.
 * `--store postgres --processes N` runs the company-scale comparison instead (SQLite, Postgres on
 * one process and on N): scripts/workshop-bench/scale-bench.ts.
 */
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { killHard, spawnWorkshop } from '../test/helpers/spawn-workshop.ts';
import { measureFloor, measureWake } from './workshop-bench/floor.ts';
import { ms } from './workshop-bench/proc-stats.ts';
import { scaleFromArgs } from './workshop-bench/scale-bench.ts';
import { playLoad, refuseLoad, type LoadPlan } from './workshop-bench/workshop-load.ts';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'all' },
    // The company-scale run (scripts/workshop-bench/scale-bench.ts): SQLite, Postgres, processes.
    store: { type: 'string' },
    processes: { type: 'string' },
  },
});
const RATE = Number(process.env.BENCH_RATE ?? 200);
const STORY = process.env.BENCH_STORY ?? 'hotel-heat';
// BENCH_NODE_ARGS='--flag …' starts the server's node with these flags (V8 experiments).
// BENCH_CPU_PROFILE=dir writes the server's V8 CPU profile there (open it in Chrome's DevTools).
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE
  ? path.resolve(process.env.BENCH_CPU_PROFILE)
  : '';
const ROOT = path.resolve(import.meta.dirname ?? '.', '..');
const PROFILES: Record<string, Omit<LoadPlan, 'story' | 'choicesPerSecond' | 'deadlineMs'>> = {
  room: { sessions: 1, teamsPerSession: 300 },
  company: { sessions: 10, teamsPerSession: 100 },
};
if (values.store !== undefined || values.processes !== undefined) {
  await scaleFromArgs(values, ROOT, STORY);
  process.exit(0);
}
const chosen = values.profile === 'all' ? Object.keys(PROFILES) : [values.profile ?? ''];
for (const name of chosen) {
  if (!PROFILES[name]) throw new Error(`unknown profile '${name}': use room, company or all`);
}

function stopGently(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function onServer<T>(run: (url: string, pid: number) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-bench-'));
  // The server compiles only the story played, so its start-up is not what is measured.
  mkdirSync(path.join(dir, 'stories'));
  copyFileSync(
    path.join(ROOT, 'stories', `${STORY}.ink`),
    path.join(dir, 'stories', `${STORY}.ink`),
  );
  // Every simulated team connects from 127.0.0.1, so the per-address join budget is lifted.
  const server = await spawnWorkshop(
    {
      WORKSHOP_DB: path.join(dir, 'bench.db'),
      WORKSHOP_DIST: dir,
      WORKSHOP_STORIES: path.join(dir, 'stories'),
      WORKSHOP_JOINS_PER_ADDRESS: '100000',
    },
    180_000,
    [
      ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
      ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    ],
  );
  try {
    return await run(server.url, server.child.pid!);
  } finally {
    // A CPU profile is written only when the server shuts down on its own.
    if (PROFILE_DIR) await stopGently(server.child);
    await killHard(server.child);
  }
}

const loadBefore = loadavg().map((l) => +l.toFixed(2));
const results: Record<string, unknown> = {};
let floor: Awaited<ReturnType<typeof measureFloor>> | undefined;
let wsFloor: Awaited<ReturnType<typeof measureFloor>> | undefined;
let wakeMs: number | undefined;
// The refusals come at their own rate (600/s in the room): their floor is the echo at that rate.
let refusalFloor: Awaited<ReturnType<typeof measureFloor>> | undefined;
for (const name of chosen) {
  const plan: LoadPlan = {
    ...PROFILES[name]!,
    story: STORY,
    choicesPerSecond: RATE,
    deadlineMs: 5 * 60_000,
  };
  const teams = plan.sessions * plan.teamsPerSession;
  console.log(`${name}: ${teams} teams in ${plan.sessions} session(s) at ${RATE} choices/s…`);
  results[name] = await onServer(async (url, pid) => {
    const { rooms, ...load } = await playLoad(url, pid, plan);
    const finished = rooms.flatMap((room) => room.teams);
    // Two refusals a second per team stays inside the per-team choice budget.
    const refusalRate = Math.min(finished.length * 2, 600);
    const refused = await refuseLoad(pid, finished, refusalRate, 10);
    const leave = (left: typeof rooms) => {
      for (const room of left) {
        for (const team of room.teams) team.socket.disconnect();
        room.host.disconnect();
      }
    };
    leave(rooms);
    // The same load again on the same server, in new sessions: by now V8 has compiled the
    // choice path, as in a server that has run a workshop before. The first figures stay the
    // ones the targets are read on.
    const again = await playLoad(url, pid, plan);
    const againTeams = again.rooms.flatMap((room) => room.teams);
    const againRefused = await refuseLoad(
      pid,
      againTeams,
      Math.min(againTeams.length * 2, 600),
      10,
    );
    leave(again.rooms);
    floor ??= await measureFloor(teams, RATE, load.choices);
    wsFloor ??= await measureFloor(teams, RATE, load.choices, 'ws');
    wakeMs ??= await measureWake(RATE, load.choices);
    refusalFloor ??= await measureFloor(
      finished.length,
      refusalRate,
      refused.sent,
      'socket.io',
      false,
    );
    return {
      ...load,
      cpuMsPerChoice: ms(load.cpuMsPerChoice),
      cpuMsPerChoiceByThread: {
        main: ms(load.cpuMsPerChoiceByThread.main),
        others: ms(load.cpuMsPerChoiceByThread.others),
      },
      refused: {
        ...refused,
        cpuMsPerRefusal: ms(refused.cpuMsPerRefusal),
        floor: {
          what: "bare socket.io echo server, acknowledgement only (nobody else told): the refusals' clients, rate and count",
          perSecond: refusalRate,
          cpuMsPerRequest: ms(refusalFloor.cpuMsPerRequest),
        },
      },
      secondTime: {
        what: 'the same load again on the same server, in new sessions (V8 has compiled the path)',
        choices: again.choices,
        cpuMsPerChoice: ms(again.cpuMsPerChoice),
        cpuMsPerChoiceByThread: {
          main: ms(again.cpuMsPerChoiceByThread.main),
          others: ms(again.cpuMsPerChoiceByThread.others),
        },
        cpuMsPerRefusal: ms(againRefused.cpuMsPerRefusal),
        choiceToLeaderboardMs: again.choiceToLeaderboardMs,
        sentPerChoice: again.sentPerChoice,
      },
      perFloor: {
        cpuPerChoice: +(load.cpuMsPerChoice / floor.cpuMsPerRequest).toFixed(1),
        cpuPerRefusal: +(refused.cpuMsPerRefusal / refusalFloor.cpuMsPerRequest).toFixed(1),
        p99: +(load.choiceToLeaderboardMs.p99 / floor.requestToWatcherMs.p99).toFixed(1),
        // CPU per choice in bare wake-ups of a process at the same rate.
        cpuPerChoiceInWakeUps: +(load.cpuMsPerChoice / wakeMs).toFixed(1),
      },
      targets: {
        'p99 < 100 ms': load.choiceToLeaderboardMs.p99 < 100,
        'accepted ≤ 0.5 ms CPU': load.cpuMsPerChoice <= 0.5,
        'refused ≤ 0.1 ms CPU': refused.cpuMsPerRefusal <= 0.1,
      },
    };
  });
}

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown' },
  load: { before: loadBefore, after: loadavg().map((l) => +l.toFixed(2)) },
  story: STORY,
  rate: RATE,
  floor: floor && {
    what: 'bare socket.io echo server: same clients, rate and request count as the first profile',
    ...floor,
    cpuMsPerRequest: ms(floor.cpuMsPerRequest),
    ws: wsFloor && {
      what: 'bare ws echo server (the library under socket.io), same clients, rate and count',
      ...wsFloor,
      cpuMsPerRequest: ms(wsFloor.cpuMsPerRequest),
    },
    wakeUp: wakeMs !== undefined && {
      what: 'a process only woken by a timer at the same rate, as many times: CPU per wake-up',
      cpuMs: ms(wakeMs),
    },
  },
  ...results,
};
console.log(JSON.stringify(result, null, 2));
const out = path.join(ROOT, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, `workshop-${result.date.replace(/[:.]/g, '-')}.json`),
  JSON.stringify(result, null, 2),
);
