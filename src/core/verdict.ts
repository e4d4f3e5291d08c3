import type { BarrierView, KeyMoment } from './key-moments.ts';
import { moodRank, type Mood } from './moods.ts';

export interface Verdict {
  served: boolean;
  heading: string;
  explanation: string;
  barriers: (BarrierView & { times: number })[];
  test: { first: Mood; last: Mood; betterOff: boolean; text: string };
}

/** Overall share at or above which a playthrough counts as serving, when the customer is not worse off. */
export const SERVED_AT = 60;

/**
 * Served or merely serviced, in the source texts' terms: ALIVE service bends the process to the
 * person; DEAD service applies the process to them (seed 002). Greenleaf's test asks whether the
 * person served leaves better off (seed 003).
 */
export function verdictOf(
  customer: string,
  overallPercent: number,
  moments: readonly KeyMoment[],
): Verdict {
  const first = moments[0]?.moodBefore ?? 'calm';
  const last = moments[moments.length - 1]?.moodAfter ?? first;
  const betterOff = moodRank(last) > moodRank(first);
  const notWorse = moodRank(last) >= moodRank(first);
  const served = overallPercent >= SERVED_AT && notWorse;
  const counts = new Map<string, BarrierView & { times: number }>();
  for (const b of moments.flatMap((m) => m.barriers)) {
    const seen = counts.get(b.id);
    if (seen) seen.times += 1;
    else counts.set(b.id, { ...b, times: 1 });
  }
  const testText =
    first === last
      ? `${customer} came to you ${first} and left ${last}: no better off than they came.`
      : `${customer} came to you ${first} and left ${last}: ${betterOff ? 'better off than they came' : 'worse off than they came'}.`;
  return {
    served,
    heading: served ? 'You served: ALIVE service' : 'You serviced: DEAD service',
    explanation: served
      ? 'You bent the process to the person. The measure was how the customer was served, not how well the rules were applied.'
      : 'The process was served more than the person. Rules and routines kept the customer at arm’s length; the key moments below show where a serving choice was open.',
    barriers: [...counts.values()],
    test: { first, last, betterOff, text: testText },
  };
}
