import { barrierInfo } from './barriers.ts';
import type { Decision } from './decision.ts';
import type { ScoreRanges } from './explore.ts';
import type { Mood } from './moods.ts';
import type { Pronoun } from './pronouns.ts';
import type { QualityId, Scores } from './qualities.ts';
import { reactionTo } from './reaction.ts';
import { failureCount, type FailureKind } from './failure.ts';
import { qualityShares, readQualities, type QualityRow } from './readings.ts';
import { scoreEffects, totalScore } from './scoring.ts';
import { judged, verdictOf, type Verdict } from './verdict.ts';

/**
 * What the debrief reads off a play before it writes the key moments: the scores, each quality's
 * reading, the overall share and the verdict. The debrief and the workshop's leaderboard both read
 * a play through here, so a team's rank and its debrief can never disagree.
 */
export interface PlayReading {
  scores: Scores;
  qualities: QualityRow[];
  /** `approximate`: the best it is a share of was read off an exploration a bound cut short. */
  overall: { percent: number; display: string; points: number; best: number; approximate?: true };
  verdict: Verdict;
}

function share(score: number, max: number): number {
  if (max <= 0) return 0;
  return Math.round(Math.min(1, Math.max(0, score / max)) * 100);
}

/** The customer's mood at their first '#mood:' line, wherever in the play they appear. */
function firstMoodOf(decisions: readonly Decision[]): Mood {
  for (const l of decisions[0]?.prompt ?? []) if (l.mood) return l.mood;
  for (const d of decisions) for (const l of d.reply) if (l.mood) return l.mood;
  return 'calm';
}

/** What a reading takes from a play before any words: the choices, scores, share and moods. */
function basics(customer: string, decisions: readonly Decision[], ranges: ScoreRanges) {
  const chosen = decisions.map((d) => d.options[d.chosen]);
  const scores = scoreEffects(chosen.map((o) => o?.effects ?? []));
  const points = totalScore(scores);
  const percent = share(points, ranges.maxTotal);
  const first = firstMoodOf(decisions);
  const last = decisions[decisions.length - 1];
  // The mood the last choice can be credited with: its reaction, as its key moment reads it.
  const lastMood = last
    ? reactionTo(last.reply, customer, last.moodBefore, last.sceneBefore).mood
    : first;
  const stated = last?.reply.find((l) => l.outcome)?.outcome;
  const moods = {
    overallPercent: percent,
    firstMood: first,
    lastMood,
    ...(stated ? { stated } : {}),
  };
  return { chosen, scores, points, percent, moods };
}

/**
 * A play's reading as numbers only, for a leaderboard row after every choice: the same scores,
 * shares and verdict `readPlay` gives, from the same steps, without writing the words around
 * them (each quality's reading and glossary line, the verdict's explanation and test).
 */
export interface PlayScore {
  points: number;
  percent: number;
  qualities: { id: QualityId; score: number; percent: number | null }[];
  served: boolean;
  betterOff: boolean;
  failure?: FailureKind;
}

export function scorePlay(
  customer: string,
  decisions: readonly Decision[],
  ranges: ScoreRanges,
  aliveAt?: number,
): PlayScore {
  const { chosen, scores, points, percent, moods } = basics(customer, decisions, ranges);
  const { served, betterOff, scoredWell } = judged({
    ...moods,
    ...(aliveAt !== undefined ? { aliveAt } : {}),
  });
  const played = chosen.map((o) => ({ effects: o?.effects ?? [], barriers: o?.barriers ?? [] }));
  return {
    points,
    percent,
    qualities: qualityShares(scores, ranges),
    served,
    betterOff,
    ...(served ? {} : { failure: failureCount(played, scoredWell).kind }),
  };
}

export function readPlay(
  customer: string,
  decisions: readonly Decision[],
  ranges: ScoreRanges,
  aliveAt?: number,
  pronoun?: Pronoun,
): PlayReading {
  const { chosen, scores, points, percent, moods } = basics(customer, decisions, ranges);
  const best = ranges.maxTotal;
  return {
    scores,
    qualities: readQualities(scores, points, ranges),
    overall: {
      percent,
      display: ranges.exact ? `${percent}%` : `about ${percent}%`,
      points,
      best,
      ...(ranges.exact ? {} : { approximate: true as const }),
    },
    verdict: verdictOf({
      customer,
      ...(pronoun ? { pronoun } : {}),
      ...moods,
      choices: chosen.map((o) => ({
        effects: o?.effects ?? [],
        barriers: (o?.barriers ?? []).map(barrierInfo),
      })),
      ...(aliveAt !== undefined ? { aliveAt } : {}),
    }),
  };
}
