/**
 * Reading the knee off the scale bench's rising rates, and saying what stopped it.
 * A step "keeps up" when at least 90% of the offered choices per second were taken with the p99
 * choice → leaderboard under the limit. The knee is the best rate achieved by a step that kept up,
 * and it is only a knee when a step offered more failed: if every rate tried kept up, the figure
 * is a floor ("not reached up to …"), never the server's limit.
 */
export interface KneeStep {
  offered: number;
  achieved: number;
  p99: number;
  /** Share of one core each part used during the step. */
  cores: { workshop: number; postgres: number; redis: number; benchClient: number };
  /** Cores the whole machine had busy during the step, ours and everyone else's. */
  machineBusy?: number;
}

export interface Knee {
  choicesPerSecond: number;
  /** True when a step past the knee failed, so the figure is the configuration's limit. */
  reached: boolean;
  /** The highest offered rate tried. */
  triedUpTo: number;
  /** At the first failing step (or the last step when none failed): who held the cores. */
  limitedBy: string;
}

export const keptUp = (s: KneeStep, p99Limit: number) =>
  s.achieved >= 0.9 * s.offered && s.p99 < p99Limit;

/**
 * Which part was the bottleneck: the machine's cores when together they were nearly all used
 * (then each part's share is named, biggest first), else the busiest single process.
 */
export function bottleneck(s: KneeStep, machineCores: number, processes: number): string {
  const parts: [string, number][] = [
    [processes > 1 ? `workshop (${processes} processes)` : 'workshop', s.cores.workshop],
    ['postgres', s.cores.postgres],
    ['redis', s.cores.redis],
    ['bench client', s.cores.benchClient],
  ];
  parts.sort((a, b) => b[1] - a[1]);
  const total = parts.reduce((sum, [, c]) => sum + c, 0);
  const others = Math.max(0, (s.machineBusy ?? total) - total);
  if (others >= 0.01) parts.push(['other processes', others]);
  parts.sort((a, b) => b[1] - a[1]);
  const busy = total + others;
  const shares = parts
    .filter(([, c]) => c >= 0.01)
    .map(([name, c]) => `${name} ${c.toFixed(2)}`)
    .join(', ');
  if (busy >= 0.85 * machineCores) {
    return `the machine's ${machineCores} cores (${busy.toFixed(2)} in use: ${shares})`;
  }
  // One workshop process can use at most one core for its main thread.
  const perProcess = s.cores.workshop / processes;
  if (perProcess >= 0.85) return `a workshop process's one main thread (${shares})`;
  return `no part saturated (${busy.toFixed(2)} of ${machineCores} cores in use: ${shares})`;
}

export function kneeOf(
  steps: readonly KneeStep[],
  p99Limit: number,
  machineCores: number,
  processes: number,
): Knee {
  // A step that blips at a low rate does not hide a higher rate that kept up: the knee is the best
  // kept step, and it is reached when a step offered above it failed.
  const best = steps
    .filter((s) => keptUp(s, p99Limit))
    .reduce<KneeStep | undefined>((b, s) => (!b || s.achieved > b.achieved ? s : b), undefined);
  const above = steps.find((s) => s.offered > (best?.offered ?? 0) && !keptUp(s, p99Limit));
  const at = above ?? steps.at(-1);
  return {
    choicesPerSecond: best?.achieved ?? 0,
    reached: above !== undefined,
    triedUpTo: steps.reduce((m, s) => Math.max(m, s.offered), 0),
    limitedBy: at ? bottleneck(at, machineCores, processes) : 'no step ran',
  };
}

/** One line for the summary: "knee 905/s (limited by …)" or "not reached up to 3,000/s (…)". */
export function describeKnee(k: Knee): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return k.reached
    ? `knee ${n(k.choicesPerSecond)} choices/s; the next rate failed, limited by ${k.limitedBy}`
    : `knee not reached: kept up at every rate tried, up to ${n(k.triedUpTo)} choices/s (${n(k.choicesPerSecond)} achieved); at the top rate: ${k.limitedBy}`;
}
