/** Limits on one exploration. Work is counted in story states and ink steps, never in paths. */
export interface ExploreBudget {
  /** Distinct decision states kept (each costs its saved ink state in memory). */
  maxStates?: number;
  /** Times the story is continued from one decision to the next (random outcomes count each). */
  maxSteps?: number;
  /**
   * Wall-clock limit in ms, checked between steps (also between the outcomes of one draw): past
   * it the exploration is cut and approximate. By default below the build worker's 60 s, so a
   * slow story gets a cut reading instead of being killed.
   */
  timeMs?: number;
  /**
   * Outcomes taken of one random draw: a draw with more (RANDOM(1, 1000000)) takes this many,
   * spread evenly over its range, and the figures are approximate.
   */
  maxOutcomes?: number;
  now?: () => number;
  /** False plays every stretch of story afresh instead of replaying one met before (to compare). */
  memoise?: boolean;
}

export const DEFAULT_BUDGET = {
  maxStates: 20_000,
  maxSteps: 250_000,
  timeMs: 40_000,
  maxOutcomes: 10_000,
} as const;
