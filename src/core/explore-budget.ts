/** Limits on one exploration. Work is counted in story states and ink steps, never in paths. */
export interface ExploreBudget {
  /** Distinct decision states kept (each costs its saved ink state in memory). */
  maxStates?: number;
  /** Times the story is continued from one decision to the next (random outcomes count each). */
  maxSteps?: number;
  /** Wall-clock limit in ms, checked between steps. */
  timeMs?: number;
  now?: () => number;
  /** False plays every stretch of story afresh instead of replaying one met before (to compare). */
  memoise?: boolean;
}

export const DEFAULT_BUDGET = { maxStates: 20_000, maxSteps: 250_000 } as const;
