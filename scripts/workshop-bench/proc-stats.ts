import { readdirSync, readFileSync } from 'node:fs';

// Linux reports a process's CPU time in clock ticks; 100 per second on every kernel Node targets.
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc. */
export function cpuMs(pid: number, file = `/proc/${pid}/stat`): number {
  const stat = readFileSync(file, 'utf8');
  // The command name in field 2 may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return ((user + system) * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU time of a process's main thread (its event loop: every request, rule and socket write) and
 * of its other threads (V8's garbage collector and compilers, libuv's pool), in milliseconds.
 */
export function threadCpuMs(pid: number): { main: number; others: number } {
  let main = 0;
  let others = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    let used: number;
    try {
      used = cpuMs(Number(task), `/proc/${pid}/task/${task}/stat`);
    } catch {
      continue; // a thread that ended meanwhile
    }
    if (task === String(pid)) main += used;
    else others += used;
  }
  return { main, others };
}

/**
 * How long a process's threads have been ready to run but waited for a core so far, in
 * milliseconds (the second field of /proc/PID/task/TID/schedstat, in ns): on a machine whose
 * cores are all taken this grows while the process's own CPU time does not.
 */
export function runDelayMs(pid: number): number {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[1]);
    } catch {
      // the thread ended while we looked
    }
  }
  return ns / 1e6;
}

/** Busy CPU time of the whole machine so far (every process, every core), in milliseconds. */
export function busyCoreMs(file = '/proc/stat'): number {
  // The first line sums all cores: user nice system idle iowait irq softirq steal, in ticks.
  const [user, nice, system, , , irq, softirq, steal] = readFileSync(file, 'utf8')
    .split('\n')[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const ticks = user! + nice! + system! + irq! + softirq! + steal!;
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Resident memory of a process, in megabytes. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Number((kb / 1024).toFixed(1));
}

export const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

export const ms = (n: number) => Number(n.toFixed(n < 1 ? 3 : 1));

export function latencySummary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: ms(quantile(sorted, 0.5)),
    p99: ms(quantile(sorted, 0.99)),
    max: ms(sorted[sorted.length - 1] ?? NaN),
  };
}

/**
 * Waits until a process is nearly idle (under 5% of a core over half a second), so work a server
 * does once per session (exploring a story's model answers) is not counted against choices.
 */
export async function settled(pid: number, timeoutMs = 120_000): Promise<boolean> {
  const started = Date.now();
  let before = cpuMs(pid);
  while (Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 500));
    const now = cpuMs(pid);
    if (now - before < 25) return true;
    before = now;
  }
  return false;
}
