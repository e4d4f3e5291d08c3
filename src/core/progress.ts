import { QUALITY_IDS, type QualityId } from './qualities.ts';

/** One finished playthrough, as the Progress screen and the menu need it. */
export interface Attempt {
  storyId: string;
  title: string;
  /** ISO 8601 time the ending was reached. */
  date: string;
  overall: number;
  ending: string;
  /** Percent per practised quality; absent when the story does not practise it. */
  qualities: Partial<Record<QualityId, number>>;
}

export interface Progress {
  v: 1;
  attempts: Attempt[];
}

export const MAX_ATTEMPTS = 500;

export const emptyProgress = (): Progress => ({ v: 1, attempts: [] });

const isPercent = (n: unknown): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100;

function validAttempt(raw: unknown): Attempt | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const a = raw as Record<string, unknown>;
  if (typeof a.storyId !== 'string' || typeof a.title !== 'string' || typeof a.ending !== 'string')
    return undefined;
  if (typeof a.date !== 'string' || Number.isNaN(Date.parse(a.date)) || !isPercent(a.overall))
    return undefined;
  if (typeof a.qualities !== 'object' || a.qualities === null) return undefined;
  const qualities: Partial<Record<QualityId, number>> = {};
  for (const q of QUALITY_IDS) {
    const value = (a.qualities as Record<string, unknown>)[q];
    if (value === undefined) continue;
    if (!isPercent(value)) return undefined;
    qualities[q] = value;
  }
  return {
    storyId: a.storyId,
    title: a.title,
    date: a.date,
    overall: a.overall,
    ending: a.ending,
    qualities,
  };
}

export type DecodedProgress = { progress: Progress; notice?: string };

/** Reads the stored progress, keeping every good attempt and saying what had to be dropped. */
export function decodeProgress(raw: string | null): DecodedProgress {
  if (raw === null) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      progress: emptyProgress(),
      notice: 'Your saved progress could not be read, so it was reset.',
    };
  }
  const d = data as { v?: unknown; attempts?: unknown } | null;
  if (!d || d.v !== 1 || !Array.isArray(d.attempts)) {
    return {
      progress: emptyProgress(),
      notice: 'Your saved progress was in an unknown format, so it was reset.',
    };
  }
  const attempts = d.attempts.map(validAttempt).filter((a): a is Attempt => a !== undefined);
  const dropped = d.attempts.length - attempts.length;
  return {
    progress: { v: 1, attempts },
    ...(dropped > 0
      ? {
          notice: `${dropped} damaged ${dropped === 1 ? 'attempt was' : 'attempts were'} removed from your progress; the rest is kept.`,
        }
      : {}),
  };
}

export function addAttempt(progress: Progress, attempt: Attempt): Progress {
  return { v: 1, attempts: [...progress.attempts, attempt].slice(-MAX_ATTEMPTS) };
}

export function bestScores(progress: Progress): Map<string, { best: number; attempts: number }> {
  const best = new Map<string, { best: number; attempts: number }>();
  for (const a of progress.attempts) {
    const seen = best.get(a.storyId);
    best.set(a.storyId, {
      best: Math.max(seen?.best ?? 0, a.overall),
      attempts: (seen?.attempts ?? 0) + 1,
    });
  }
  return best;
}

/** Each quality's percent over the attempts that practised it, oldest first. */
export function qualityTrends(progress: Progress): Record<QualityId, number[]> {
  const trends = Object.fromEntries(QUALITY_IDS.map((q) => [q, [] as number[]])) as Record<
    QualityId,
    number[]
  >;
  for (const a of progress.attempts) {
    for (const q of QUALITY_IDS) {
      const value = a.qualities[q];
      if (value !== undefined) trends[q].push(value);
    }
  }
  return trends;
}

/** The learner's best reading of each quality in each story: what they have shown they can do. */
export function bestReadings(progress: Progress): Map<string, Partial<Record<QualityId, number>>> {
  const best = new Map<string, Partial<Record<QualityId, number>>>();
  for (const a of progress.attempts) {
    const seen = best.get(a.storyId) ?? {};
    for (const q of QUALITY_IDS) {
      const value = a.qualities[q];
      if (value !== undefined) seen[q] = Math.max(seen[q] ?? 0, value);
    }
    best.set(a.storyId, seen);
  }
  return best;
}

/**
 * The quality with the lowest mean of the learner's best reading per story. A quality read at full
 * marks in every story played that practises it is mastered and never named.
 */
export function weakestQuality(
  progress: Progress,
): { quality: QualityId; mean: number } | undefined {
  const best = [...bestReadings(progress).values()];
  let weakest: { quality: QualityId; mean: number } | undefined;
  for (const quality of QUALITY_IDS) {
    const values = best.flatMap((b) => (b[quality] === undefined ? [] : [b[quality]]));
    if (values.length === 0 || values.every((v) => v >= 100)) continue;
    const mean = Math.round(values.reduce((s, v) => s + v, 0) / values.length);
    if (!weakest || mean < weakest.mean) weakest = { quality, mean };
  }
  return weakest;
}

/**
 * The scenario that lets a learner earn the most of a quality, preferring ones not yet played, and
 * never one where the learner has already read that quality at full marks.
 */
export function suggestScenario(
  quality: QualityId,
  stories: readonly { id: string; maxima: Partial<Record<QualityId, number>> }[],
  progress: Progress,
): string | undefined {
  const played = bestScores(progress);
  const best = bestReadings(progress);
  const ranked = stories
    .filter((s) => (s.maxima[quality] ?? 0) > 0 && (best.get(s.id)?.[quality] ?? 0) < 100)
    .sort(
      (a, b) =>
        (b.maxima[quality] ?? 0) - (a.maxima[quality] ?? 0) ||
        Number(played.has(a.id)) - Number(played.has(b.id)),
    );
  return (ranked.find((s) => !played.has(s.id)) ?? ranked[0])?.id;
}
