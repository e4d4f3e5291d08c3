import { Encounter } from './encounter.ts';
import type { Scores } from './qualities.ts';
import type { Result } from './result.ts';

export interface PathScore {
  scores: Scores;
  ended: boolean;
  ending?: string;
}

/** Authoritative score of a choice path: replays it through the engine rather than trusting anyone. */
export function scorePath(
  compiledJson: string,
  seed: number,
  path: readonly number[],
): Result<PathScore, string> {
  const replay = Encounter.resume(compiledJson, path, { seed });
  if (!replay.ok) return { ok: false, error: replay.error.reason };
  const encounter = replay.value;
  return {
    ok: true,
    value: {
      scores: encounter.scores,
      ended: encounter.ended,
      ...(encounter.ending ? { ending: encounter.ending } : {}),
    },
  };
}
