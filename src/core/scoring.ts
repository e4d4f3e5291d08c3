import type { ChoiceEffect } from './beat.ts';
import { QUALITY_IDS, zeroScores, type Scores } from './qualities.ts';

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
