import type { ChoiceEffect } from './beat.ts';
import type { ScoreRanges } from './explore.ts';
import { QUALITIES, type QualityId, type Scores } from './qualities.ts';
import { scoreEffects, totalScore } from './scoring.ts';
import type { Decision } from './session.ts';

export interface QualityRow {
  id: QualityId;
  label: string;
  means: string;
  score: number;
  max: number;
  /** 0–100, or null when the story never scores this quality. */
  percent: number | null;
  display: string;
}

export interface DecisionReview {
  number: number;
  /** What the customer or narrator said just before the decision. */
  said: string;
  chosen: string;
  feedback: string;
  effects: string;
}

export interface DebriefView {
  storyTitle: string;
  ending: string;
  qualities: QualityRow[];
  overall: { percent: number; display: string; points: number; best: number };
  decisions: DecisionReview[];
}

export const NOT_PRACTISED = 'not practised in this story';

function share(score: number, max: number): number {
  if (max <= 0) return 0;
  return Math.round(Math.min(1, Math.max(0, score / max)) * 100);
}

function qualityRow(id: QualityId, scores: Scores, ranges: ScoreRanges): QualityRow {
  const info = QUALITIES.find((q) => q.id === id);
  const score = scores[id];
  const max = ranges.max[id];
  const base = { id, label: info?.label ?? id, means: info?.means ?? '', score, max };
  if (!ranges.practised.includes(id)) return { ...base, percent: null, display: NOT_PRACTISED };
  if (max <= 0) {
    // Scored only as a loss here: there is nothing to earn, so a share would be meaningless.
    return {
      ...base,
      percent: null,
      display: score < 0 ? `${score} points (nothing to earn here)` : 'kept intact',
    };
  }
  const percent = share(score, max);
  const lost = score < 0 ? ` (${score} ${Math.abs(score) === 1 ? 'point' : 'points'})` : '';
  return { ...base, percent, display: `${percent}%${lost}` };
}

export function formatEffects(effects: readonly ChoiceEffect[]): string {
  if (effects.length === 0) return 'no quality moved';
  return effects
    .map((e) => {
      const label = QUALITIES.find((q) => q.id === e.quality)?.label ?? e.quality;
      return `${label} ${e.amount > 0 ? '+' : '−'}${Math.abs(e.amount)}`;
    })
    .join(', ');
}

function review(decision: Decision, number: number): DecisionReview {
  const chosen = decision.options[decision.chosen];
  const said = decision.prompt.filter((l) => l.text !== '').slice(-1)[0];
  return {
    number,
    said: said ? (said.speaker ? `${said.speaker}: ${said.text}` : said.text) : '',
    chosen: chosen?.text ?? '',
    feedback: chosen?.feedback ?? '',
    effects: formatEffects(chosen?.effects ?? []),
  };
}

/** The debrief as strings and numbers: what served, and by how much, with no pixels. */
export function buildDebrief(
  storyTitle: string,
  ending: string | undefined,
  decisions: readonly Decision[],
  ranges: ScoreRanges,
): DebriefView {
  const scores = scoreEffects(decisions.map((d) => d.options[d.chosen]?.effects ?? []));
  const points = totalScore(scores);
  const best = ranges.maxTotal;
  const percent = share(points, best);
  return {
    storyTitle,
    ending: ending ?? 'The story ended without a named ending',
    qualities: QUALITIES.map((q) => qualityRow(q.id, scores, ranges)),
    overall: { percent, display: `${percent}%`, points, best },
    decisions: decisions.map((d, i) => review(d, i + 1)),
  };
}
