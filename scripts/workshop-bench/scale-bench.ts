import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { openFloor, play } from './scale-load.ts';
import { busyCoreMs, runDelayMs } from './proc-stats.ts';
import { describeKnee, keptUp, kneeOf } from './scale-knee.ts';
import { configName, startConfig, stopServices, type ScaleConfig } from './scale-servers.ts';

/**
 * `npm run bench:workshop -- --store postgres --processes N`: the workshop at company scale.
 * For SQLite on one process, Postgres on one process and Postgres on N processes (one Redis), in
 * the same run:
 * - profile: 2,000 teams over 20 sessions, each choosing every 3–15 s (about 220 choices/s):
 *   choices/s, p50/p99 choice → host leaderboard, CPU per choice of the workshop processes,
 *   Postgres and Redis;
 * - knee: fresh teams at rising offered rates, a few seconds each, until a rate fails twice (its
 *   choices not taken at ≥ 90% of the pace they are sent, or a p99 over 150 ms); the knee is the
 *   best rate that kept up (scale-knee.ts). When every rate kept up the report says the knee was
 *   not reached, with who held the cores at the top rate.
 * The load generator runs on the same machine, so its own CPU is reported beside the servers'.
 */
export interface ScaleOptions {
  store: 'sqlite' | 'postgres';
  processes: number;
  root: string;
  story: string;
  /** Sessions of 100 teams in the profile (20: the 2,000 teams). */
  sessions: number;
  profileSeconds: number;
  stepSeconds: number;
  rates: number[];
  /** Only these configurations (`store:processes`), when given. */
  only?: string[];
  /** A folder for each workshop process's V8 CPU profile (BENCH_CPU_PROFILE). */
  cpuProfileDir?: string;
}

const P99_LIMIT = 150;

function configsFor(o: ScaleOptions): ScaleConfig[] {
  const sqlite: ScaleConfig = { store: 'sqlite', processes: 1 };
  if (o.store === 'sqlite') return [sqlite];
  const more = o.processes > 1 ? [{ store: 'postgres' as const, processes: o.processes }] : [];
  const all = [sqlite, { store: 'postgres' as const, processes: 1 }, ...more];
  // BENCH_CONFIGS=postgres:2 (comma-separated store:processes) runs only those, for profiling.
  const only = o.only?.map((c) => c.trim()).filter(Boolean);
  return only?.length ? all.filter((c) => only.includes(`${c.store}:${c.processes}`)) : all;
}

const perChoice = (ms: number, choices: number) => +(ms / Math.max(1, choices)).toFixed(3);
const clientCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function measure(config: ScaleConfig, o: ScaleOptions) {
  const running = await startConfig(config, o.root, o.story, o.cpuProfileDir);
  try {
    console.log(
      `${configName(config)}: joining ${o.sessions * 100} teams in ${o.sessions} sessions…`,
    );
    const joinStart = performance.now();
    const floor = await openFloor(running.urls, o.story, o.sessions, 100);
    const joinSeconds = +((performance.now() - joinStart) / 1000).toFixed(1);
    const cpu0 = running.cpu();
    const wait0 = running.waited();
    const clientWait0 = runDelayMs(process.pid);
    const client0 = clientCpuMs();
    const result = await play(
      floor,
      o.profileSeconds,
      (r) => 3000 + 12_000 * r(),
      (r) => 15_000 * r(),
    );
    const cpu1 = running.cpu();
    const wait1 = running.waited();
    const clientWait = runDelayMs(process.pid) - clientWait0;
    const client = clientCpuMs() - client0;
    const failed = running.failures();
    floor.close();
    const n = result.accepted;
    const profile = {
      teams: floor.teams.length,
      joinSeconds,
      ...result,
      cpuMsPerChoice: {
        workshop: perChoice(cpu1.workshop - cpu0.workshop, n),
        postgres: perChoice(cpu1.postgres - cpu0.postgres, n),
        redis: perChoice(cpu1.redis - cpu0.redis, n),
        benchClient: perChoice(client, n),
      },
      // Time ready to run but waiting for a core (another process had it), per accepted choice.
      coreWaitMsPerChoice: {
        workshop: perChoice(wait1.workshop - wait0.workshop, n),
        postgres: perChoice(wait1.postgres - wait0.postgres, n),
        redis: perChoice(wait1.redis - wait0.redis, n),
        benchClient: perChoice(clientWait, n),
      },
      'p99 < 150 ms': result.choiceToLeaderboardMs.p99 < P99_LIMIT,
      // Why a request the processes could not do failed (`internal` replies), as they logged it.
      failed,
    };
    console.log(`${configName(config)}: profile ${JSON.stringify(profile)}`);
    const steps = [];
    let retried = false;
    for (let i = 0; i < o.rates.length; i++) {
      const rate = o.rates[i]!;
      // Each team sends about five choices in a step: none reaches its ending before the step ends.
      const teams = Math.max(100, Math.ceil((rate * o.stepSeconds) / 5));
      const sessions = Math.ceil(teams / 100);
      const step = await openFloor(running.urls, o.story, sessions, Math.ceil(teams / sessions));
      const c0 = running.cpu();
      const w0 = running.waited();
      const k0 = clientCpuMs();
      const m0 = busyCoreMs();
      const t0 = performance.now();
      const mean = (step.teams.length / rate) * 1000;
      const done = await play(
        step,
        o.stepSeconds,
        (r) => mean * (0.5 + r()),
        (r) => mean * r(),
      );
      const c1 = running.cpu();
      const w1 = running.waited();
      const k1 = clientCpuMs();
      // Every share below is of the same span, the machine's busy time included.
      const wall = performance.now() - t0;
      const machineBusy = +((busyCoreMs() - m0) / wall).toFixed(2);
      step.close();
      const row = {
        offered: rate,
        teams: step.teams.length,
        achieved: done.choicesPerSecond,
        p50: done.choiceToLeaderboardMs.p50,
        p99: done.choiceToLeaderboardMs.p99,
        ackP99: done.choiceToAckMs.p99,
        replies: done.replies,
        failed: running.failures(),
        // Share of one core each part used during the step.
        cores: {
          workshop: +((c1.workshop - c0.workshop) / wall).toFixed(2),
          postgres: +((c1.postgres - c0.postgres) / wall).toFixed(2),
          redis: +((c1.redis - c0.redis) / wall).toFixed(2),
          benchClient: +((k1 - k0) / wall).toFixed(2),
        },
        machineBusy,
        // Ms per accepted choice the workshop processes and Postgres waited for a core.
        coreWaitMsPerChoice: {
          workshop: perChoice(w1.workshop - w0.workshop, done.accepted),
          postgres: perChoice(w1.postgres - w0.postgres, done.accepted),
        },
      };
      steps.push(row);
      console.log(`${configName(config)}: ${JSON.stringify(row)}`);
      if (!keptUp(row, P99_LIMIT)) {
        // A failed rate is tried once more before it ends the ladder: one slow step on a shared
        // machine is not a knee.
        if (retried) break;
        retried = true;
        i--;
      } else retried = false;
    }
    const knee = kneeOf(steps, P99_LIMIT, cpus().length, config.processes);
    console.log(`${configName(config)}: ${describeKnee(knee)}`);
    return { config: configName(config), profile, knee: { ...knee, steps } };
  } finally {
    await running.stop();
  }
}

export async function runScaleBench(o: ScaleOptions) {
  const loadBefore = loadavg().map((l) => +l.toFixed(2));
  const results = [];
  try {
    for (const config of configsFor(o)) results.push(await measure(config, o));
  } finally {
    stopServices();
  }
  const onePg = results.find((r) => r.config === 'postgres × 1 process');
  const morePg = results.find((r) => r.config.startsWith('postgres') && r !== onePg);
  return {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown' },
    load: { before: loadBefore, after: loadavg().map((l) => +l.toFixed(2)) },
    story: o.story,
    what: 'profile: 2,000 teams / 20 sessions choosing every 3–15 s; knee: best offered rate kept up (≥ 90% taken, p99 < 150 ms), a failed rate tried twice before the ladder ends',
    kneeSideBySide: Object.fromEntries(results.map((r) => [r.config, describeKnee(r.knee)])),
    ...(onePg && morePg
      ? {
          moreProcesses: {
            what: `${morePg.config} against postgres × 1 process: knee and profile p99`,
            kneeRatio: +(
              morePg.knee.choicesPerSecond / Math.max(1, onePg.knee.choicesPerSecond)
            ).toFixed(2),
            // A ratio of floors says nothing of the limits when neither knee was reached.
            bothKneesReached: onePg.knee.reached && morePg.knee.reached,
            profileP99Ms: [
              onePg.profile.choiceToLeaderboardMs.p99,
              morePg.profile.choiceToLeaderboardMs.p99,
            ],
          },
        }
      : {}),
    results,
  };
}

/**
 * `--store sqlite|postgres` and `--processes N` of bench:workshop; the result goes to
 * bench-results/workshop-scale-DATE.json. BENCH_SESSIONS, BENCH_PROFILE_SECONDS,
 * BENCH_STEP_SECONDS and BENCH_RATES (comma-separated) shorten or extend it.
 */
export async function scaleFromArgs(
  args: { store?: string | undefined; processes?: string | undefined },
  root: string,
  story: string,
): Promise<void> {
  const store = args.store ?? 'postgres';
  const processes = Number(args.processes ?? 2);
  if (store !== 'sqlite' && store !== 'postgres') {
    throw new Error(`--store must be sqlite or postgres, not '${store}'`);
  }
  if (!Number.isInteger(processes) || processes < 1 || processes > 16) {
    throw new Error(`--processes must be a whole number from 1 to 16, not '${args.processes}'`);
  }
  if (store === 'sqlite' && processes !== 1) {
    throw new Error('--store sqlite runs one process: a SQLite file cannot be shared');
  }
  const env = process.env;
  const result = await runScaleBench({
    store,
    processes,
    root,
    story,
    sessions: Number(env.BENCH_SESSIONS ?? 20),
    profileSeconds: Number(env.BENCH_PROFILE_SECONDS ?? 40),
    stepSeconds: Number(env.BENCH_STEP_SECONDS ?? 5),
    rates: (env.BENCH_RATES ?? '100,200,350,500,700,900,1200,1600,2000,2500,3000')
      .split(',')
      .map(Number),
    ...(env.BENCH_CONFIGS ? { only: env.BENCH_CONFIGS.split(',') } : {}),
    ...(env.BENCH_CPU_PROFILE ? { cpuProfileDir: path.resolve(env.BENCH_CPU_PROFILE) } : {}),
  });
  console.log(JSON.stringify(result, null, 2));
  const out = path.join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, `workshop-scale-${result.date.replace(/[:.]/g, '-')}.json`),
    JSON.stringify(result, null, 2),
  );
}
