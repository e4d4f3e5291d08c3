import { exploreStory, type Exploration, type ExploreOptions } from './explore.ts';
import { QUALITIES, type QualityId } from './qualities.ts';
import { seededRandom } from './random.ts';
import { scoreEffects, totalScore } from './scoring.ts';
import { Encounter } from './encounter.ts';
import { drawsRandom, worldOf } from './luck-cache.ts';
import { LUCK_SEEDS } from './luck-worlds.ts';
import type { LuckGame } from './luck-odds.ts';
import { luckLines } from './luck-lines.ts';

export interface StoryReport {
  title: string;
  /** Complete paths, each loop taken at most once. */
  paths: number;
  /** True when every figure from exploring is exact; otherwise `cut` says what stopped it. */
  complete: boolean;
  cut?: string;
  states: number;
  loops: boolean;
  /** Fewest and most over the explored paths; the median over the bots' playthroughs. */
  decisions: { min: number; median: number; max: number };
  /** Paths reaching each ending, and the share of the seeded bots' playthroughs that ended there. */
  endings: { title: string; paths: number; share: number }[];
  qualities: { id: QualityId; label: string; max: number; min: number }[];
  /** The choices of the best (worst) path, and the scenes it shows, in order. */
  best: ReportPath;
  worst: ReportPath;
  bots: { runs: number; meanPercent: number; buckets: number[] };
  /**
   * A random story: what the best and worst learner can be sure of whatever the rolls, and the
   * rolls that change it, worked out over every outcome (`steers` false: no roll changes a route).
   */
  luck?: LuckGame & { steers?: false };
}

export interface ReportPath {
  total: number;
  choices: string[];
  /** The story's setting, then every change a line's '#scene:' makes (tag-only lines too). */
  scenes: SceneChange[];
}

export interface SceneChange {
  scene: string;
  /** How many of the path's choices were made before it shows. */
  after: number;
}

/** Plays `choices` by their texts and lists the scenes the learner sees on the way. */
function scenesAlong(json: string, choices: readonly string[]): SceneChange[] {
  const run = new Encounter(json, { seed: 0 });
  const scenes: SceneChange[] = [{ scene: run.meta.setting, after: 0 }];
  let read = 0;
  const note = (after: number) => {
    for (const line of run.transcript.slice(read))
      if (line.scene !== undefined && line.scene !== scenes.at(-1)?.scene)
        scenes.push({ scene: line.scene, after });
    read = run.transcript.length;
  };
  for (const [made, text] of choices.entries()) {
    note(made);
    const index = run.choices.findIndex((c) => c.text === text);
    if (run.ended || index < 0) break;
    run.choose(index);
  }
  note(choices.length);
  return scenes;
}

const sceneText = (scenes: readonly SceneChange[], choices: number) =>
  scenes
    .map(({ scene, after }, i) =>
      i === 0
        ? scene
        : `${scene} (${after < choices ? `before choice ${after + 1}` : `after choice ${after}`})`,
    )
    .join(' → ');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/**
 * Plays the story `runs` times choosing at random: how an unthinking learner would score, each read
 * as the debrief reads it. In a random story a bot's score is a share of what its own rolls allow,
 * and the bots cycle through the seeds the luck section tried.
 */
function botPlaytests(
  json: string,
  storyBest: number,
  runs: number,
  seed: number,
  luckSteers?: boolean,
) {
  const isRandom = drawsRandom(json);
  // Where no roll changes a route, every seed's best is the story's: no seed need be explored.
  const ownBest = isRandom && luckSteers !== false;
  const random = seededRandom(seed);
  const buckets = Array.from({ length: 10 }, () => 0);
  const endings: Record<string, number> = {};
  const lengths: number[] = [];
  let sum = 0;
  for (let run = 0; run < runs; run++) {
    const luck = isRandom ? run % LUCK_SEEDS : run;
    const best = ownBest ? worldOf(json, luck).ranges.maxTotal : storyBest;
    const session = new Encounter(json, { seed: luck });
    for (let step = 0; !session.ended && step < 200; step++) {
      session.choose(Math.floor(random() * session.choices.length));
    }
    lengths.push(session.decisions.length);
    const ending = session.ending ?? '(no ending)';
    endings[ending] = (endings[ending] ?? 0) + 1;
    const points = totalScore(
      scoreEffects(session.decisions.map((d) => d.options[d.chosen]?.effects ?? [])),
    );
    const percent = best > 0 ? Math.max(0, Math.min(100, (points / best) * 100)) : 0;
    sum += percent;
    buckets[Math.min(9, Math.floor(percent / 10))]! += 1;
  }
  const summary = { runs, meanPercent: runs ? Math.round(sum / runs) : 0, buckets };
  return { summary, endings, medianDecisions: median(lengths) };
}

/** What a trainer needs to judge a story's shape and scoring at a glance. */
export function buildReport(
  json: string,
  title: string,
  options: ExploreOptions & { bots?: number; botSeed?: number; exploration?: Exploration } = {},
): StoryReport {
  const x = options.exploration ?? exploreStory(json, options);
  const runs = options.bots ?? 200;
  const bots = botPlaytests(json, x.ranges.maxTotal, runs, options.botSeed ?? 1, x.luckSteers);
  const share = (title: string) => (runs ? (bots.endings[title] ?? 0) / runs : 0);
  return {
    title,
    paths: x.paths,
    complete: x.exact,
    ...(x.cut ? { cut: x.cut } : {}),
    states: x.states,
    loops: x.loops,
    decisions: { min: x.decisions.min, median: bots.medianDecisions, max: x.decisions.max },
    endings: Object.entries(x.endings)
      .map(([t, n]) => ({ title: t, paths: n, share: share(t) }))
      .sort((a, b) => b.share - a.share || b.paths - a.paths),
    qualities: QUALITIES.map((q) => ({
      id: q.id,
      label: q.label,
      max: x.ranges.max[q.id],
      min: x.ranges.min[q.id],
    })),
    best: { total: x.ranges.maxTotal, choices: x.bestPath, scenes: scenesAlong(json, x.bestPath) },
    worst: {
      total: x.ranges.minTotal,
      choices: x.worstPath,
      scenes: scenesAlong(json, x.worstPath),
    },
    bots: bots.summary,
    ...(x.luck
      ? { luck: { ...x.luck, ...(x.luckSteers === false ? { steers: false } : {}) } }
      : {}),
  };
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

export function formatReport(r: StoryReport): string {
  const lines = [
    `# ${r.title}`,
    r.complete
      ? `exploration: exact (${r.states} story states)`
      : `exploration: APPROXIMATE, stopped by ${r.cut ?? 'a bound'}: figures marked ~ are bounds seen so far`,
    `paths: ${r.complete ? '' : '~'}${r.paths}${r.loops ? ' (each loop taken once)' : ''}`,
    `decisions per path: min ${r.decisions.min}, median ${r.decisions.median} (bots), max ${r.decisions.max}${r.loops ? ' (more around loops)' : ''}`,
    `endings (share of ${r.bots.runs} seeded bot playthroughs, paths):`,
    ...r.endings.map((e) => `  ${pct(e.share).padStart(4)}  ${e.title} (${e.paths} paths)`),
    `qualities (min … max over all paths${r.complete ? '' : ', approximate'}):`,
    ...r.qualities.map((q) =>
      q.max === 0 && q.min === 0
        ? `  ${q.label}: not practised`
        : `  ${q.label}: ${q.min} … ${q.max}`,
    ),
    ...(r.luck ? luckLines(r.luck) : []),
    `best path (total ${r.best.total}):`,
    ...(r.luck
      ? ['  (over every random outcome: open only to learners whose rolls allow it)']
      : []),
    ...r.best.choices.map((c, i) => `  ${i + 1}. ${c}`),
    `  scenes: ${sceneText(r.best.scenes, r.best.choices.length)}`,
    `worst path (total ${r.worst.total}):`,
    ...(r.luck ? ['  (over every random outcome)'] : []),
    ...r.worst.choices.map((c, i) => `  ${i + 1}. ${c}`),
    `  scenes: ${sceneText(r.worst.scenes, r.worst.choices.length)}`,
    `bot playtests: ${r.bots.runs} random playthroughs, mean overall score ${r.bots.meanPercent}%`,
    ...r.bots.buckets.map(
      (n, i) =>
        `  ${String(i * 10).padStart(3)}–${i === 9 ? 100 : i * 10 + 9}%  ${'#'.repeat(Math.ceil((n / Math.max(1, r.bots.runs)) * 50))} ${n}`,
    ),
  ];
  return lines.join('\n');
}
