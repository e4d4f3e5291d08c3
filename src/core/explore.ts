import type { Exploration, ExplorationRun, ExploreOptions } from './exploration.ts';
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

/** An exploration to run in slices (`advance`), read at any point (`result`). */
export function startExploration(json: string, options: ExploreOptions = {}): ExplorationRun {
  const { seed, followSeed, ...budget } = options;
  const builder = new StateGraphBuilder(json, seed ?? 0, budget, undefined, followSeed);
  const result = (): Exploration => {
    const x = summarise(builder);
    const steers = builder.steered;
    return steers === undefined || !x.exact ? x : { ...x, luckSteers: steers };
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
