/**
 * The lines `npm run bench` ends with: each figure of each profile beside its target, and whether
 * this run met it, so a reader need not work it out from the JSON (bench-results/latest.json).
 */

interface ProfileResult {
  floor: { readyMs: number; runs: number[] };
  menuReady: { ms: number; ratioToFloor: number; runs: number[] };
  firstChoice: { ms: number };
  sceneVisible: { afterFirstChoiceMs: number };
  initialScript: { bytes: number; runs: number[] };
  frames: { p95Ms: number };
  framesAnimating: { p95Ms: number; floorP95Ms: number };
}

/** What bench.ts writes: date, runs and load averages, and one ProfileResult per profile. */
type BenchResult = Record<string, unknown>;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');

function lines(name: string, r: ProfileResult): string[] {
  const phone = name === 'phone';
  const row = (figure: string, value: string, target: string, ok?: boolean) =>
    `${name.padEnd(8)} ${figure.padEnd(24)} ${value.padEnd(34)} ${target.padEnd(30)} ${ok === undefined ? '' : met(ok)}`;
  const scripts = [...new Set(r.initialScript.runs)];
  return [
    row('floor page ready', `${r.floor.readyMs} ms`, ''),
    row(
      'menu ready',
      `${r.menuReady.ms} ms; ${r.menuReady.ratioToFloor}× floor (median of run ratios)`,
      '≤ 1.5× floor',
      r.menuReady.ratioToFloor <= 1.5,
    ),
    row(
      '  each run: menu / floor',
      r.menuReady.runs.map((ms, i) => `${ms}/${r.floor.runs[i]}`).join(', '),
      'ms',
    ),
    row(
      'first choice',
      `${r.firstChoice.ms} ms`,
      phone ? '≤ 1,000 ms' : '≤ 400 ms',
      r.firstChoice.ms <= (phone ? 1000 : 400),
    ),
    phone
      ? row('scene visible', `+${r.sceneVisible.afterFirstChoiceMs} ms after first choice`, '—')
      : row(
          'scene visible',
          `+${r.sceneVisible.afterFirstChoiceMs} ms after first choice`,
          '≤ 800 ms after first choice',
          r.sceneVisible.afterFirstChoiceMs <= 800,
        ),
    row(
      'initial script',
      `${kib(r.initialScript.bytes)}${scripts.length === 1 ? ' in every run' : ` (runs: ${scripts.map(kib).join(', ')})`}`,
      '< 150 KiB compressed',
      r.initialScript.bytes < 150 * 1024,
    ),
    row('frames p95, reduced', `${r.frames.p95Ms} ms`, '< 20 ms', r.frames.p95Ms < 20),
    row(
      'frames p95, animating',
      `${r.framesAnimating.p95Ms} ms (canvas floor ${r.framesAnimating.floorP95Ms} ms)`,
      '< 20 ms',
      r.framesAnimating.p95Ms < 20,
    ),
  ];
}

export function summary(result: BenchResult): string[] {
  const profiles = Object.entries(result).filter(
    (entry): entry is [string, ProfileResult] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'menuReady' in entry[1],
  );
  const load = (key: string) => (result[key] as number[] | undefined)?.[0];
  return [
    `npm run bench at ${String(result.date)} (UTC), ${String(result.runs)} runs per profile (medians), load average ${load('loadAverageAtStart')} at the start, ${load('loadAverageAtEnd')} at the end`,
    ...profiles.flatMap(([name, r]) => lines(name, r)),
  ];
}
