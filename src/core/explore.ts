import type { Exploration, ExplorationRun, ExploreOptions } from './exploration.ts';
import { GraphReads } from './graph-reads.ts';
import { summarise } from './graph-summary.ts';
import { StateGraphBuilder } from './state-graph.ts';

export type { ExploreBudget } from './state-graph.ts';
export type {
  ChoicePoint,
  DeadEnd,
  Exploration,
  ExplorationRun,
  ExploreOptions,
  ScoreRanges,
  Spot,
} from './exploration.ts';
export { rangesOf } from './graph-summary.ts';
export { optionOutlooks, outlooksAtNode, type OptionOutlook } from './option-outlooks.ts';

/** What each exploration still in memory read along its graph's edges (a story without luck). */
const readsOf = new WeakMap<Exploration, GraphReads>();

/**
 * The beats the exploration read along its graph's edges, for a play of the same story with seed
 * 0 to walk instead of stepping ink (`BeatMemo`): none for a random story, for one that met a
 * runtime problem, for another seed, or for an exploration read back from a cache.
 */
export function graphReadsOf(x: Exploration): GraphReads | undefined {
  return readsOf.get(x);
}

/** An exploration to run in slices (`advance`), read at any point (`result`). */
export function startExploration(json: string, options: ExploreOptions = {}): ExplorationRun {
  const { seed, followSeed, ...budget } = options;
  const builder = new StateGraphBuilder(json, seed ?? 0, budget, undefined, followSeed);
  if (!seed && !builder.flow.random) builder.reads = new GraphReads();
  const result = (): Exploration => {
    const x = summarise(builder);
    const steers = builder.steered;
    const out = steers === undefined || !x.exact ? x : { ...x, luckSteers: steers };
    if (builder.reads) readsOf.set(out, builder.reads);
    return out;
  };
  return { advance: (steps) => builder.advance(steps), result };
}

/**
 * Explores the story's state graph (not its path tree): merged branches cost what they are, loops
 * are found rather than unrolled, and random branches are followed over every outcome. Bounded by
 * states, steps and optionally time; an answer cut by a bound says so in `exact` and `cut`.
 */
export function exploreStory(json: string, options: ExploreOptions = {}): Exploration {
  const run = startExploration(json, options);
  run.advance();
  return run.result();
}
