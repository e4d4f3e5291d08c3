import { barrierInfo } from './barriers.ts';
import type { Decision } from './decision.ts';
import type { ScoreRanges } from './explore.ts';
import type { Mood } from './moods.ts';
import type { Scores } from './qualities.ts';
import { reactionTo } from './reaction.ts';
import { readQualities, type QualityRow } from './readings.ts';
import { scoreEffects, totalScore } from './scoring.ts';
import { verdictOf, type Verdict } from './verdict.ts';

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
  const lines = [...(decisions[0]?.prompt ?? []), ...decisions.flatMap((d) => d.reply)];
  return lines.find((l) => l.mood)?.mood ?? 'calm';
}

export function readPlay(
  customer: string,
  decisions: readonly Decision[],
  ranges: ScoreRanges,
  aliveAt?: number,
): PlayReading {
  const chosen = decisions.map((d) => d.options[d.chosen]);
  const scores = scoreEffects(chosen.map((o) => o?.effects ?? []));
  const points = totalScore(scores);
  const best = ranges.maxTotal;
  const percent = share(points, best);
  const first = firstMoodOf(decisions);
  const last = decisions[decisions.length - 1];
  // The mood the last choice can be credited with: its reaction, as its key moment reads it.
  const lastMood = last
    ? reactionTo(last.reply, customer, last.moodBefore, last.sceneBefore).mood
    : first;
  const stated = last?.reply.find((l) => l.outcome)?.outcome;
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
      overallPercent: percent,
      firstMood: first,
      lastMood,
      ...(stated ? { stated } : {}),
      choices: chosen.map((o) => ({
        effects: o?.effects ?? [],
        barriers: (o?.barriers ?? []).map(barrierInfo),
      })),
      ...(aliveAt !== undefined ? { aliveAt } : {}),
    }),
  };
}
