import { analyseInkFlow } from './ink-flow.ts';
import type { LuckSpread } from './luck-worlds.ts';
import { LUCK_BUDGET, SeedExploration, type SeedWorld } from './seed-exploration.ts';
import type { ExploreBudget } from './state-graph.ts';

/*
 * Every cache of a random story's luck, in one place: whether a story draws random numbers, the
 * story explored along each seed lately read (begun or finished), and the last story's luck sample.
 * Keyed by the story's JSON: the debrief, the outlook table, a server's sessions and a report all
 * read the same worlds, so a seed is explored once however many of them ask.
 */

const KEEP_STORIES = 4;
// Only a yes or no per story: enough for every story a server or a library report reads at once.
const KEEP_DRAWS = 64;
export const KEEP_SEEDS = 64;
const draws = new Map<string, boolean>();
const explorations = new Map<string, Map<string, SeedExploration>>();
let spread: { json: string; seeds: number; spread: LuckSpread } | undefined;

/**
 * Keeps the most recently used `keep` entries, the latest last, and every entry `held` says is
 * still needed: an exploration under way is never let go, or readers taking turns a slice at a
 * time would evict each other and start again from nothing, for ever.
 */
function touch<K, V>(
  map: Map<K, V>,
  key: K,
  value: V,
  keep: number,
  held: (v: V) => boolean = () => false,
): V {
  map.delete(key);
  map.set(key, value);
  for (const [k, v] of map) {
    if (map.size <= keep) break;
    if (k !== key && !held(v)) map.delete(k);
  }
  return value;
}

const underway = (x: SeedExploration) => !x.done;
const anyUnderway = (seeds: Map<string, SeedExploration>) => [...seeds.values()].some(underway);

/** Whether the story draws random numbers (RANDOM(), a shuffle): only then does luck matter. */
export function drawsRandom(json: string): boolean {
  const known = draws.get(json);
  return touch(draws, json, known ?? analyseInkFlow(json).random, KEEP_DRAWS);
}

const budgetKey = (seed: number, b: ExploreBudget) =>
  `${seed}|${b.maxStates ?? ''}|${b.maxSteps ?? ''}|${b.timeMs ?? ''}`;

/**
 * The story's exploration along `seed`, kept for the few stories and seeds read lately: begun here
 * if it is new, else as far as it got. A caller may advance it a slice at a time.
 */
export function seedExploration(
  json: string,
  seed: number,
  budget: ExploreBudget = LUCK_BUDGET,
): SeedExploration {
  const seeds = explorations.get(json) ?? new Map<string, SeedExploration>();
  touch(explorations, json, seeds, KEEP_STORIES, anyUnderway);
  const key = budgetKey(seed, budget);
  const known = seeds.get(key);
  return touch(seeds, key, known ?? new SeedExploration(json, seed, budget), KEEP_SEEDS, underway);
}

/** Keeps `x`, the story's exploration along `seed`, as the latest read (it may have been let go). */
export function keepExploration(
  json: string,
  seed: number,
  x: SeedExploration,
  budget: ExploreBudget = LUCK_BUDGET,
): void {
  const seeds = explorations.get(json) ?? new Map<string, SeedExploration>();
  touch(explorations, json, seeds, KEEP_STORIES, anyUnderway);
  touch(seeds, budgetKey(seed, budget), x, KEEP_SEEDS, underway);
}

/** Whether the story's exploration along `seed` is kept and finished; begins nothing. */
export function seedExplored(json: string, seed: number, budget: ExploreBudget = LUCK_BUDGET) {
  return explorations.get(json)?.get(budgetKey(seed, budget))?.done ?? false;
}

/** The story explored along `seed`: kept, and finished here in one go if it is not yet. */
export function worldOf(json: string, seed: number, budget?: ExploreBudget): SeedWorld {
  return seedExploration(json, seed, budget).world;
}

/** Seeds of the story whose exploration has begun and not finished (what a server is busy with). */
export function seedsUnderway(json: string): number {
  return [...(explorations.get(json)?.values() ?? [])].filter((x) => !x.done).length;
}

/** The story's luck sample over `seeds` seeds, worked out by `sample` unless it is the last one. */
export function luckSpreadOf(json: string, seeds: number, sample: () => LuckSpread): LuckSpread {
  if (spread?.json === json && spread.seeds === seeds) return spread.spread;
  spread = { json, seeds, spread: sample() };
  return spread.spread;
}
