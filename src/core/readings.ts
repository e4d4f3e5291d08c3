import { QUALITIES, glossaryLine, type QualityId, type Scores } from './qualities.ts';

/**
 * What a reading is measured against: the qualities the story practises, the least any path ends
 * with in each, and the per-quality least and most over every best-serving play (a path whose total
 * equals the story's best total).
 */
export interface ReadingBasis {
  practised: readonly QualityId[];
  min: Scores;
  max: Scores;
  maxTotal: number;
  bestPlay: { min: Scores; max: Scores };
  /** Practised by the story only on random outcomes this play never met. */
  unmet?: readonly QualityId[];
}

/**
 * `earned`: the best play earns this quality, and the bar is a share of what it earns.
 * `kept`: the best play earns nothing net here, so the bar is how much was kept of what could be
 * lost. `not-practised`: no choice in the story scores it.
 */
export type ReadingKind = 'earned' | 'kept' | 'not-practised';

export interface QualityRow {
  id: QualityId;
  label: string;
  /** The glossary line: what the quality means, is scored for, and is not. */
  means: string;
  score: number;
  /** The most any path through the story earns in this quality. */
  max: number;
  /** What every best-serving play earns at least: full marks. */
  bestPlay: number;
  kind: ReadingKind;
  /** 0–100, or null when the story never scores this quality. */
  percent: number | null;
  display: string;
  /** Set when this play earned more than any best play does, with what it cost. */
  beyond?: string;
}

/** The readings rule, in the one sentence the debrief shows above the qualities. */
export const READING_RULE =
  'Each quality is read against what the best-serving play of this story earns in it, so the best play reads full marks in every quality it practises.';

export const NOT_PRACTISED = 'not practised in this story';

/** A quality the story scores only after random outcomes this play did not meet. */
export const NOT_MET = "not met on this play: the story's luck went another way";

const clampShare = (part: number, whole: number) =>
  whole <= 0 ? 0 : Math.round(Math.min(1, Math.max(0, part / whole)) * 100);
const points = (n: number) => `${n} ${Math.abs(n) === 1 ? 'point' : 'points'}`;

/** A quality's kind of reading and share for a play with this score, without the words. */
function share(
  id: QualityId,
  score: number,
  basis: ReadingBasis,
): { kind: ReadingKind; percent: number | null } {
  const target = basis.bestPlay.min[id];
  if (!basis.practised.includes(id)) return { kind: 'not-practised', percent: null };
  if (target > 0) return { kind: 'earned', percent: clampShare(score, target) };
  // The best play earns nothing net here: read how much of what could be lost was kept.
  if (score >= target) return { kind: 'kept', percent: 100 };
  const floor = Math.min(basis.min[id], score);
  return { kind: 'kept', percent: clampShare(score - floor, target - floor) };
}

function reading(id: QualityId, score: number, basis: ReadingBasis) {
  const { kind, percent } = share(id, score, basis);
  if (kind === 'not-practised')
    return { kind, percent, display: basis.unmet?.includes(id) ? NOT_MET : NOT_PRACTISED };
  if (kind === 'earned')
    return { kind, percent, display: score < 0 ? `${percent}% (${points(score)})` : `${percent}%` };
  if (score >= basis.bestPlay.min[id])
    return {
      kind,
      percent,
      display: score >= 0 ? 'kept intact' : `${points(score)}, as on the best play`,
    };
  // Said as what was lost, not as a share "kept": "0% kept (-7 points)" read as if something was kept.
  const lost = basis.bestPlay.min[id] - score;
  return { kind, percent, display: `${percent}%: lost ${points(lost)} the best play keeps` };
}

/** Every quality's score and share, as `readQualities` reads them, without the words. */
export function qualityShares(
  scores: Scores,
  basis: ReadingBasis,
): { id: QualityId; score: number; percent: number | null }[] {
  return QUALITIES.map((q) => ({
    id: q.id,
    score: scores[q.id],
    percent: share(q.id, scores[q.id], basis).percent,
  }));
}

/**
 * Every quality's reading for a play with these scores. A play that earns more of a quality than
 * any best play (a rash rescue piling up empathy) reads full marks there, and says in words what
 * the extra cost.
 */
export function readQualities(scores: Scores, total: number, basis: ReadingBasis): QualityRow[] {
  const rows: QualityRow[] = QUALITIES.map((q) => ({
    id: q.id,
    label: q.label,
    means: glossaryLine(q),
    score: scores[q.id],
    max: basis.max[q.id],
    bestPlay: basis.bestPlay.min[q.id],
    ...reading(q.id, scores[q.id], basis),
  }));
  const short = rows.filter((r) => r.percent !== null && r.percent < 100).map((r) => r.label);
  const cost = short.length
    ? `at a cost to ${short.join(', ')}`
    : `at a cost of ${points(basis.maxTotal - total)} overall`;
  for (const row of rows) {
    const most = basis.bestPlay.max[row.id];
    if (row.kind === 'not-practised' || row.score <= most) continue;
    row.beyond = `more than the best play earns (${row.score} against ${most}), ${cost}`;
    row.display = `${row.display}: ${row.beyond}`;
  }
  return rows;
}
