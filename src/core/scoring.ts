import type { ChoiceEffect } from './beat.ts';
import { QUALITY_IDS, zeroScores, type Scores } from './qualities.ts';
import { replayPath } from './session.ts';

/**
 * The one scoring function: a quality's score is the sum of its choice tags over the decisions
 * taken. Browser, CLI, debrief and workshop server all score through here.
 */
export function scoreEffects(chosen: ReadonlyArray<readonly ChoiceEffect[]>): Scores {
  const scores = zeroScores();
  for (const effects of chosen) {
    for (const { quality, amount } of effects) scores[quality] += amount;
  }
  return scores;
}

export function totalScore(scores: Scores): number {
  return QUALITY_IDS.reduce((sum, q) => sum + scores[q], 0);
}

export type PathScore =
  | { ok: true; scores: Scores; ended: boolean; ending?: string }
  | { ok: false; reason: string };

/** Authoritative score of a choice path: replays it through the story rather than trusting anyone. */
export function scorePath(compiledJson: string, seed: number, path: readonly number[]): PathScore {
  const replay = replayPath(compiledJson, seed, path);
  if (!replay.ok) return { ok: false, reason: replay.reason };
  const { session } = replay;
  const scores = scoreEffects(session.decisions.map((d) => d.options[d.chosen]?.effects ?? []));
  return {
    ok: true,
    scores,
    ended: session.ended,
    ...(session.ending ? { ending: session.ending } : {}),
  };
}
