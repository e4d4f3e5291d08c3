import { exploreStory, type ExploreOptions } from './explore.ts';
import { QUALITIES, type QualityId } from './qualities.ts';
import { seededRandom } from './random.ts';
import { scoreEffects, totalScore } from './scoring.ts';
import { EncounterSession } from './session.ts';

export interface StoryReport {
  title: string;
  paths: number;
  /** False when exploration hit its bound: counts are lower bounds. */
  complete: boolean;
  decisions: { min: number; median: number; max: number };
  endings: { title: string; paths: number; share: number }[];
  qualities: { id: QualityId; label: string; max: number; min: number }[];
  best: { total: number; choices: string[] };
  worst: { total: number; choices: string[] };
  bots: { runs: number; meanPercent: number; buckets: number[] };
}

function median(counts: Record<number, number>): number {
  const entries = Object.entries(counts)
    .map(([k, n]) => [Number(k), n] as const)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  let seen = 0;
  for (const [k, n] of entries) {
    seen += n;
    if (seen * 2 >= total) return k;
  }
  return 0;
}

/** Plays the story `runs` times choosing at random: how an unthinking learner would score. */
function botPlaytests(json: string, best: number, runs: number, seed: number) {
  const random = seededRandom(seed);
  const buckets = Array.from({ length: 10 }, () => 0);
  let sum = 0;
  for (let run = 0; run < runs; run++) {
    const session = new EncounterSession(json, run);
    for (let step = 0; !session.ended && step < 200; step++) {
      session.choose(Math.floor(random() * session.choices.length));
    }
    const points = totalScore(
      scoreEffects(session.decisions.map((d) => d.options[d.chosen]?.effects ?? [])),
    );
    const percent = best > 0 ? Math.max(0, Math.min(100, (points / best) * 100)) : 0;
    sum += percent;
    buckets[Math.min(9, Math.floor(percent / 10))]! += 1;
  }
  return { runs, meanPercent: runs ? Math.round(sum / runs) : 0, buckets };
}

/** What a trainer needs to judge a story's shape and scoring at a glance. */
export function buildReport(
  json: string,
  title: string,
  options: ExploreOptions & { bots?: number; botSeed?: number } = {},
): StoryReport {
  const x = exploreStory(json, options);
  const share = (n: number) => (x.paths ? n / x.paths : 0);
  return {
    title,
    paths: x.paths,
    complete: !x.boundHit,
    decisions: { min: x.decisions.min, median: median(x.decisionCounts), max: x.decisions.max },
    endings: Object.entries(x.endings)
      .map(([t, n]) => ({ title: t, paths: n, share: share(n) }))
      .sort((a, b) => b.paths - a.paths),
    qualities: QUALITIES.map((q) => ({
      id: q.id,
      label: q.label,
      max: x.ranges.max[q.id],
      min: x.ranges.min[q.id],
    })),
    best: { total: x.ranges.maxTotal, choices: x.bestPath },
    worst: { total: x.ranges.minTotal, choices: x.worstPath },
    bots: botPlaytests(json, x.ranges.maxTotal, options.bots ?? 200, options.botSeed ?? 1),
  };
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

export function formatReport(r: StoryReport): string {
  const lines = [
    `# ${r.title}`,
    `paths: ${r.complete ? r.paths : `at least ${r.paths} (exploration hit its bound)`}`,
    `decisions per path: min ${r.decisions.min}, median ${r.decisions.median}, max ${r.decisions.max}`,
    'endings:',
    ...r.endings.map((e) => `  ${pct(e.share).padStart(4)}  ${e.title} (${e.paths} paths)`),
    'qualities (min … max over all paths):',
    ...r.qualities.map((q) =>
      q.max === 0 && q.min === 0
        ? `  ${q.label}: not practised`
        : `  ${q.label}: ${q.min} … ${q.max}`,
    ),
    `best path (total ${r.best.total}):`,
    ...r.best.choices.map((c, i) => `  ${i + 1}. ${c}`),
    `worst path (total ${r.worst.total}):`,
    ...r.worst.choices.map((c, i) => `  ${i + 1}. ${c}`),
    `bot playtests: ${r.bots.runs} random playthroughs, mean overall score ${r.bots.meanPercent}%`,
    ...r.bots.buckets.map(
      (n, i) =>
        `  ${String(i * 10).padStart(3)}–${i === 9 ? 100 : i * 10 + 9}%  ${'#'.repeat(Math.ceil((n / Math.max(1, r.bots.runs)) * 50))} ${n}`,
    ),
  ];
  return lines.join('\n');
}
