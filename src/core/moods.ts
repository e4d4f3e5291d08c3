export const MOODS = ['calm', 'worried', 'frustrated', 'angry', 'relieved', 'delighted'] as const;
export type Mood = (typeof MOODS)[number];

const MOOD_SET: ReadonlySet<string> = new Set(MOODS);

export function isMood(value: string): value is Mood {
  return MOOD_SET.has(value);
}

/** Ordered from worst to best, so "did the customer leave better off?" is a comparison. */
const MOOD_RANK: Record<Mood, number> = {
  angry: 0,
  frustrated: 1,
  worried: 2,
  calm: 3,
  relieved: 4,
  delighted: 5,
};

export function moodRank(mood: Mood): number {
  return MOOD_RANK[mood];
}
