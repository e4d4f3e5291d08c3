import type { BarrierView } from './key-moments.ts';
import { moodRank, type Mood } from './moods.ts';
import { failureOf, type Failure, type PlayedChoice } from './failure.ts';
import type { Outcome } from './tags.ts';
import { subjectOf, type Pronoun } from './pronouns.ts';

export interface Verdict {
  served: boolean;
  heading: string;
  explanation: string;
  /** How the play failed, when it did: the explanation names it. */
  failure?: Failure;
  barriers: (BarrierView & { times: number })[];
  test: {
    first: Mood;
    last: Mood;
    betterOff: boolean;
    /** Set when the ending said it with '#outcome:' rather than the moods saying it. */
    stated?: Outcome;
    text: string;
  };
}

/** The default overall share at or above which a play counts as ALIVE service. */
export const DEFAULT_ALIVE_AT = 60;

/**
 * The ALIVE threshold a package was built with (`VITE_ALIVE_AT`, 0–100), or the default: a trainer's
 * product setting, read once at the composition root and passed in.
 */
export function aliveAtFrom(env: Record<string, unknown>): number {
  const raw = env.VITE_ALIVE_AT;
  const n = Number(raw);
  return raw !== undefined && raw !== '' && Number.isFinite(n) && n >= 0 && n <= 100
    ? n
    : DEFAULT_ALIVE_AT;
}

export interface VerdictInput {
  customer: string;
  /** The story's `# pronouns:` for the customer; "they" without one. */
  pronoun?: Pronoun;
  overallPercent: number;
  /** The customer's mood when they first appear, and right after the last decision's reaction. */
  firstMood: Mood;
  lastMood: Mood;
  stated?: Outcome;
  choices: readonly PlayedChoice[];
  aliveAt?: number;
}

/**
 * How the customer left, in the words every debrief uses (the solo debrief's servant test, the
 * team's rank line): "better off", "no better off" or "worse off".
 */
export function leftWords(test: {
  first: Mood;
  last: Mood;
  stated?: Outcome | undefined;
}): 'better off' | 'no better off' | 'worse off' {
  const { first, last, stated } = test;
  if (stated === 'better-off') return 'better off';
  if (stated === 'worse-off') return 'worse off';
  if (stated === 'no-better' || first === last) return 'no better off';
  return moodRank(last) > moodRank(first) ? 'better off' : 'worse off';
}

function testText(
  customer: string,
  first: Mood,
  last: Mood,
  stated: Outcome | undefined,
  pronoun: Pronoun | undefined,
): string {
  const came = `than ${subjectOf(pronoun)} came`;
  const left = leftWords({ first, last, stated });
  if (stated) return `The ending says it: ${customer} left ${left} ${came}.`;
  if (first === last)
    return `${customer} came to you ${first} and was still ${last} after your last choice: ${left} ${came}.`;
  return `${customer} came to you ${first} and was ${last} after your last choice: ${left} ${came}.`;
}

/**
 * The verdict without its words: served or not, whether the customer left better off, and whether
 * the play scored at or above the ALIVE threshold (a play that did, and was not served, left the
 * customer worse off).
 */
export function judged(input: Omit<VerdictInput, 'customer' | 'choices'>): {
  served: boolean;
  betterOff: boolean;
  scoredWell: boolean;
} {
  const { firstMood: first, lastMood: last, stated } = input;
  const scoredWell = input.overallPercent >= (input.aliveAt ?? DEFAULT_ALIVE_AT);
  const betterOff = stated ? stated === 'better-off' : moodRank(last) > moodRank(first);
  const worseOff = stated ? stated === 'worse-off' : moodRank(last) < moodRank(first);
  return { served: scoredWell && !worseOff, betterOff, scoredWell };
}

/**
 * Served or merely serviced, in the source texts' terms: ALIVE service bends the process to the
 * person; DEAD service applies the process to them (seed 002). Greenleaf's test asks whether the
 * person served leaves better off (seed 003): the moods compared are the customer's first and the
 * one right after the last decision, before any epilogue, unless the ending states the outcome.
 */
export function verdictOf(input: VerdictInput): Verdict {
  const { customer, firstMood: first, lastMood: last, stated } = input;
  const { served, betterOff, scoredWell } = judged(input);
  const counts = new Map<string, BarrierView & { times: number }>();
  for (const b of input.choices.flatMap((c) => c.barriers)) {
    const seen = counts.get(b.id);
    if (seen) seen.times += 1;
    else counts.set(b.id, { ...b, times: 1 });
  }
  const failure = served
    ? undefined
    : failureOf(input.choices, customer, scoredWell, input.pronoun);
  return {
    served,
    heading: served ? 'You served: ALIVE service' : 'You serviced: DEAD service',
    explanation: failure
      ? failure.text
      : 'You bent the process to the person. The measure was how the customer was served, not how well the rules were applied.',
    ...(failure ? { failure } : {}),
    barriers: [...counts.values()],
    test: {
      first,
      last,
      betterOff,
      ...(stated ? { stated } : {}),
      text: testText(customer, first, last, stated, input.pronoun),
    },
  };
}
