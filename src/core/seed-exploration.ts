import { rangesOf, type ScoreRanges } from './explore.ts';
import { scoreGraph, type GraphScores } from './graph-scores.ts';
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

/**
 * The story explored along one seed's rolls, as much at a time as the caller allows: a large story
 * takes seconds per seed, which a page or a server must not spend in one go. The graph grows in the
 * same order however the work is sliced, so the world is the same as one explored at once.
 */
export class SeedExploration {
  private readonly graph: StateGraphBuilder;
  private found: SeedWorld | undefined;

  constructor(json: string, seed: number, budget: ExploreBudget = LUCK_BUDGET) {
    this.graph = new StateGraphBuilder(json, seed, budget, undefined, true);
  }

  /** Explores up to `work` more ink steps (at least one decision); true once the world is known. */
  advance(work = Infinity): boolean {
    if (this.found) return true;
    if (!this.graph.advance(work)) return false;
    const scores = scoreGraph(this.graph);
    this.found = { graph: this.graph, scores, ranges: rangesOf(this.graph, scores) };
    return true;
  }

  get done(): boolean {
    return this.found !== undefined;
  }

  /** The world, finishing the exploration here first if it is not done. */
  get world(): SeedWorld {
    this.advance();
    return this.found!;
  }
}
