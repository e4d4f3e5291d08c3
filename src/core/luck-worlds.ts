import type { DecisionTree } from './decision-tree.ts';
import { exploreStory, type Exploration } from './explore.ts';
import { lintJudgement } from './judgement-lint.ts';
import { luckSpreadOf, worldOf } from './luck-cache.ts';
import { routeGraphOf, routeTree } from './route-graph.ts';
import type { LintFinding } from './story-lint.ts';
import { LUCK_BUDGET } from './seed-exploration.ts';

/** One way a random story's rolls can go: what a learner with such rolls can earn at best and worst. */
export interface LuckWorld {
  /** The seeds tried that roll this way, the first an example to replay. */
  seeds: number[];
  best: { total: number; choices: string[] };
  worst: { total: number; choices: string[] };
  exact: boolean;
}

export interface LuckSpread {
  /** Seeds tried: 0, 1, 2… ink's generator turns consecutive seeds into every residue of a roll. */
  tried: number;
  worlds: LuckWorld[];
  /** Set when the step bound stopped the trying before `LUCK_SEEDS` seeds. */
  cut?: string;
  /**
   * Set when the story explored over every outcome showed that no roll changes a route: its one
   * world is that exploration's, the same for every seed, and no seed was tried.
   */
  steers?: false;
}

export const LUCK_SEEDS = 24;
/**
 * Ink steps after which no further seed is tried. A seed once begun runs to its own bound
 * (`LUCK_BUDGET`): cutting it short would make a cut world look like another way the rolls go.
 * A seed of a large story costs seconds (hotel-heat with one shuffle: ~4,300 steps, ~3 s), so this
 * keeps the sample to a handful there while a small story still tries all `LUCK_SEEDS`.
 */
const TOTAL_STEPS = 30_000;

/**
 * How the reading basis of a random story depends on luck: the story explored along each of the
 * first `seeds` seeds (as a play with that seed meets every roll), grouped by the best and worst
 * routes they allow. A sample, not every outcome: the report says how many seeds were tried.
 */
export function luckWorlds(
  json: string,
  seeds = LUCK_SEEDS,
  everyOutcome?: Exploration,
): LuckSpread {
  if (everyOutcome?.luckSteers === false) return oneWorld(everyOutcome);
  // The last story's spread is kept: its check, report and judgement report each ask for it.
  return luckSpreadOf(json, seeds, () => tryLuck(json, seeds));
}

/**
 * The spread of a story whose rolls change no route (`luckSteers` false: every outcome of every
 * draw led on to the same state), read off its exploration over every outcome: every seed's
 * routes are those, so exploring seeds one by one (seconds each in a large story) adds nothing.
 */
function oneWorld(x: Exploration): LuckSpread {
  const world = {
    seeds: [0],
    best: { total: x.ranges.maxTotal, choices: x.bestPath },
    worst: { total: x.ranges.minTotal, choices: x.worstPath },
    exact: x.exact,
  };
  return { tried: 0, worlds: [world], steers: false };
}

function tryLuck(json: string, seeds: number): LuckSpread {
  const worlds = new Map<string, LuckWorld>();
  let steps = 0;
  let tried = 0;
  for (; tried < seeds && steps < TOTAL_STEPS; tried++) {
    const seed = tried;
    const x = exploreStory(json, { ...LUCK_BUDGET, seed, followSeed: true });
    steps += x.steps;
    const best = { total: x.ranges.maxTotal, choices: x.bestPath };
    const worst = { total: x.ranges.minTotal, choices: x.worstPath };
    const key = JSON.stringify([best, worst]);
    const known = worlds.get(key);
    if (known) known.seeds.push(seed);
    else worlds.set(key, { seeds: [seed], best, worst, exact: x.exact });
  }
  return {
    tried,
    worlds: [...worlds.values()],
    ...(tried < seeds ? { cut: `its step bound (${TOTAL_STEPS.toLocaleString('en')} steps)` } : {}),
  };
}

/**
 * Every route a play with `seed` can take, as a tree of decisions, unfolded from that seed's world
 * (the one its debrief is read against) instead of walking ink again: in a story the size of the
 * largest real ones that walk took two minutes, and its bound cut it anyway. Undefined where the
 * seed's exploration was cut.
 */
export function luckTree(json: string, seed: number): DecisionTree | undefined {
  const routes = routeGraphOf(worldOf(json, seed).graph, true);
  return routes && routeTree(routes);
}

/**
 * The judgement warnings of a random story, each once: judged on every way the rolls went (as its
 * learners are read), a warning that holds only on some of them names the seeds to replay, so a
 * writer is not left guessing why 'the model answer costs nothing' appears twice with two counts.
 */
export function judgeLuck(json: string, spread: LuckSpread): LintFinding[] {
  const found = new Map<string, { finding: LintFinding; seeds: number[] }>();
  let judged = 0;
  for (const { seeds } of spread.worlds) {
    const seed = seeds[0] ?? 0;
    const tree = luckTree(json, seed);
    if (!tree || tree.cut) continue;
    judged++;
    for (const finding of lintJudgement(json, tree)) {
      const known = found.get(finding.message) ?? { finding, seeds: [] };
      known.seeds.push(seed);
      found.set(finding.message, known);
    }
  }
  const ways = spread.worlds.length;
  return [...found.values()].map(({ finding, seeds }) =>
    seeds.length === judged
      ? finding
      : {
          ...finding,
          message: `${finding.message} (only when the rolls go as with seed ${seeds.join(', ')}: ${seeds.length} of the ${ways} ways they went)`,
        },
  );
}
