import { keyMoment, type KeyMoment, type Outlook } from './key-moments.ts';
import { verdictOf, type Verdict } from './verdict.ts';
import type { Mood } from './moods.ts';
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

/** The customer's mood at their first '#mood:' line, wherever in the play they appear. */
function firstMoodOf(decisions: readonly Decision[]): Mood {
  const lines = [...(decisions[0]?.prompt ?? []), ...decisions.flatMap((d) => d.reply)];
  return lines.find((l) => l.mood)?.mood ?? 'calm';
}

export interface DebriefSettings {
  /** Overall percent at or above which a play is ALIVE (a per-package product setting). */
  aliveAt?: number;
  /** Per decision, the best total still reachable from each option (route-aware model answers). */
  outlooks?: readonly (Outlook | undefined)[];
}

/** The debrief as strings and numbers: what served, and by how much, with no pixels. */
export function buildDebrief(
  storyTitle: string,
  customer: string,
  ending: string | undefined,
  decisions: readonly Decision[],
  ranges: ScoreRanges,
  settings: DebriefSettings = {},
): DebriefView {
  const chosen = decisions.map((d) => d.options[d.chosen]);
  const scores = scoreEffects(chosen.map((o) => o?.effects ?? []));
  const points = totalScore(scores);
  const best = ranges.maxTotal;
  const percent = share(points, best);
  const moments = decisions.map((d, i) => keyMoment(d, i + 1, customer, settings.outlooks?.[i]));
  const last = moments[moments.length - 1];
  const stated = decisions[decisions.length - 1]?.reply.find((l) => l.outcome)?.outcome;
  return {
    storyTitle,
    ending: ending ?? 'The story ended without a named ending',
    qualities: QUALITIES.map((q) => qualityRow(q.id, scores, ranges)),
    overall: { percent, display: `${percent}%`, points, best },
    decisions: moments,
    verdict: verdictOf({
      customer,
      overallPercent: percent,
      firstMood: firstMoodOf(decisions),
      lastMood: last?.moodAfter ?? firstMoodOf(decisions),
      ...(stated ? { stated } : {}),
      choices: moments.map((m, i) => ({ effects: chosen[i]?.effects ?? [], barriers: m.barriers })),
      ...(settings.aliveAt !== undefined ? { aliveAt: settings.aliveAt } : {}),
    }),
  };
}

/** The debrief of a played session of a story: the one way browser, server and reports build it. */
export function debriefOf(
  story: { meta: { title: string; customer: string }; ranges: ScoreRanges },
  session: { ending: string | undefined; decisions: readonly Decision[] },
  settings: DebriefSettings = {},
): DebriefView {
  return buildDebrief(
    story.meta.title,
    story.meta.customer,
    session.ending,
    session.decisions,
    story.ranges,
    settings,
  );
}
