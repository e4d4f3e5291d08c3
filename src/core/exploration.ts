import type { ChoiceEffect, RuntimeProblem } from './beat.ts';
import type { QualityId, Scores } from './qualities.ts';
import type { LuckGame } from './luck-odds.ts';
import type { RouteGraph } from './route-graph.ts';
import type { ExploreBudget } from './state-graph.ts';

/** What any path through a story can earn: the denominators of the debrief. */
export interface ScoreRanges {
  max: Scores;
  min: Scores;
  /** Best and worst total over all qualities on a single path. */
  maxTotal: number;
  minTotal: number;
  /** Qualities that at least one reachable choice scores, in contract order. */
  practised: QualityId[];
  /** Per-quality min and max over the complete paths whose total is `maxTotal`. */
  bestPlay: { min: Scores; max: Scores };
  /**
   * True when every state was explored and no loop repeats a choice that earns points. A choice in
   * a loop that only costs points is left out, so `min` ignores going round loops.
   */
  exact: boolean;
  /** What made the figures approximate, in words, when they are. */
  cut?: string;
  /**
   * Set on one play's basis in a random story (see luck.ts): qualities the story practises only on
   * rolls this play never met.
   */
  unmet?: QualityId[];
}

export interface DeadEnd {
  path: number[];
  lastLine: string;
}

/** One decision as the story offers it, met on at least one path. */
export interface ChoicePoint {
  options: { text: string; effects: ChoiceEffect[]; feedback: boolean }[];
}

/** A place in the story, named by story text the checker can find in the source. */
export interface Spot {
  near: string;
  path: number[];
}

export interface Exploration {
  /** Every distinct decision met, in the order first met. */
  choicePoints: ChoicePoint[];
  ranges: ScoreRanges;
  /** Complete paths, each loop taken at most once. */
  paths: number;
  /** Distinct decision states and ink steps the exploration took. */
  states: number;
  steps: number;
  exact: boolean;
  cut?: string;
  /** Complete paths ending in each '#ending:' title (loops taken at most once). */
  endings: Record<string, number>;
  deadEnds: DeadEnd[];
  /** Fewest and most decisions on a complete path (loops taken at most once). */
  decisions: { min: number; max: number };
  /** The story has a loop a learner can go round (a hub, a repeated question). */
  loops: boolean;
  /** Choices inside a loop that earn points: a learner could repeat them for more. */
  farmed: Spot[];
  /** Decisions from which no choice can ever reach an end. */
  endless: Spot[];
  bestPath: string[];
  worstPath: string[];
  problems: RuntimeProblem[];
  /**
   * A random story explored over every outcome, not cut: false when every outcome of every draw
   * led on to the same state, so the rolls change no route and every seed allows the same ones.
   */
  luckSteers?: boolean;
  /**
   * A random story explored over every outcome: what the best and worst learner can be sure of
   * whatever the rolls, against what luck can make of it, and the rolls that change it.
   */
  luck?: LuckGame;
  /** The explored graph, for route facts without a second walk through ink (absent when cut or random). */
  routes?: RouteGraph;
}

/** `followSeed`: take each random outcome as a play with `seed` meets it, not every outcome. */
export type ExploreOptions = ExploreBudget & { seed?: number; followSeed?: boolean };

/** An exploration that runs in slices: a Web Worker can answer messages (or give up) in between. */
export interface ExplorationRun {
  /** Does up to `steps` more ink steps; true once finished (completely or cut by a bound). */
  advance(steps?: number): boolean;
  /** The answer so far: exact once `advance` returned true without a cut. */
  result(): Exploration;
}
