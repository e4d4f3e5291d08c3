import { rangesOf, type ScoreRanges } from './explore.ts';
import { scoreGraph, type GraphScores } from './graph-scores.ts';
import { analyseInkFlow } from './ink-flow.ts';
import { StateGraphBuilder, type ExploreBudget } from './state-graph.ts';

/**
 * A random story as one play meets it. The play's seed fixes every roll: ink draws RANDOM() from
 * the story seed and the previous draw, and a shuffle from the story seed and how often the
 * sequence was seen, all kept in the saved state. So exploring from the play's start with its seed,
 * never reseeding, finds every route that play could have taken with the luck it had, and its best
 * total is what that learner could have earned.
 */
export interface SeedWorld {
  graph: StateGraphBuilder;
  scores: GraphScores;
  ranges: ScoreRanges;
}

/** Bounded in states and steps, never the clock, so every machine reads a play the same way. */
export const LUCK_BUDGET: ExploreBudget = { maxStates: 20_000, maxSteps: 250_000 };

const KEEP_STORIES = 4;
// Only a yes or no per story: enough for every story a server or a library report reads at once.
const KEEP_DRAWS = 64;
const KEEP_SEEDS = 64;
const draws = new Map<string, boolean>();
const worlds = new Map<string, Map<number, SeedWorld>>();

/** Keeps the most recently used `keep` entries, the latest last. */
function touch<K, V>(map: Map<K, V>, key: K, value: V, keep: number): V {
  map.delete(key);
  map.set(key, value);
  for (const k of map.keys()) {
    if (map.size <= keep) break;
    map.delete(k);
  }
  return value;
}

/** Whether the story draws random numbers (RANDOM(), a shuffle): only then does luck matter. */
export function drawsRandom(json: string): boolean {
  const known = draws.get(json);
  return touch(draws, json, known ?? analyseInkFlow(json).random, KEEP_DRAWS);
}

/** The story explored along `seed`'s rolls, uncached. */
export function exploreWithSeed(json: string, seed: number, budget: ExploreBudget): SeedWorld {
  const graph = new StateGraphBuilder(json, seed, budget, undefined, true);
  graph.advance();
  const scores = scoreGraph(graph);
  return { graph, scores, ranges: rangesOf(graph, scores) };
}

/** `exploreWithSeed` under `LUCK_BUDGET`, kept for the few stories and seeds read lately. */
export function worldOf(json: string, seed: number): SeedWorld {
  const seeds = touch(worlds, json, worlds.get(json) ?? new Map<number, SeedWorld>(), KEEP_STORIES);
  const known = seeds.get(seed);
  return touch(seeds, seed, known ?? exploreWithSeed(json, seed, LUCK_BUDGET), KEEP_SEEDS);
}

/**
 * What a play with `seed` is read against. A story without randomness: its ranges over every path,
 * at no cost. A random story: the ranges of the routes this play's rolls allow, with the qualities
 * the story practises only on rolls this play never met listed as `unmet`.
 */
export function readingBasis(
  story: { json?: string | undefined; ranges: ScoreRanges },
  seed = 0,
): ScoreRanges {
  if (story.json === undefined || !drawsRandom(story.json)) return story.ranges;
  const own = worldOf(story.json, seed).ranges;
  // A cut exploration may simply not have reached a quality: only an exact one can say it is unmet.
  const unmet = own.exact ? story.ranges.practised.filter((q) => !own.practised.includes(q)) : [];
  return { ...own, ...(unmet.length ? { unmet } : {}) };
}
