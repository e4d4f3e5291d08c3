import { keyMoment, type KeyMoment } from './key-moments.ts';
import { verdictOf, type Verdict } from './verdict.ts';
import type { ScoreRanges } from './explore.ts';
import { QUALITIES, type QualityId, type Scores } from './qualities.ts';
import { scoreEffects, totalScore } from './scoring.ts';
import type { Decision } from './decision.ts';

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

export interface DebriefView {
  storyTitle: string;
  ending: string;
  qualities: QualityRow[];
  overall: { percent: number; display: string; points: number; best: number };
  decisions: KeyMoment[];
  verdict: Verdict;
}

export { formatEffects } from './key-moments.ts';

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

/** The debrief as strings and numbers: what served, and by how much, with no pixels. */
export function buildDebrief(
  storyTitle: string,
  customer: string,
  ending: string | undefined,
  decisions: readonly Decision[],
  ranges: ScoreRanges,
): DebriefView {
  const scores = scoreEffects(decisions.map((d) => d.options[d.chosen]?.effects ?? []));
  const points = totalScore(scores);
  const best = ranges.maxTotal;
  const percent = share(points, best);
  const moments = decisions.map((d, i) => keyMoment(d, i + 1));
  return {
    storyTitle,
    ending: ending ?? 'The story ended without a named ending',
    qualities: QUALITIES.map((q) => qualityRow(q.id, scores, ranges)),
    overall: { percent, display: `${percent}%`, points, best },
    decisions: moments,
    verdict: verdictOf(customer, percent, moments),
  };
}

/** The debrief of a played session of a story: the one way browser, server and reports build it. */
export function debriefOf(
  story: { meta: { title: string; customer: string }; ranges: ScoreRanges },
  session: { ending: string | undefined; decisions: readonly Decision[] },
): DebriefView {
  return buildDebrief(
    story.meta.title,
    story.meta.customer,
    session.ending,
    session.decisions,
    story.ranges,
  );
}
