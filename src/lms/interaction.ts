import type { DecisionRecord } from '../adapters/learning-record.ts';
import { contentHash } from '../core/hash.ts';
import type { QualityId } from '../core/qualities.ts';

/** One decision as an LMS interaction: which question, what was chosen, whether it served. */
export interface Interaction {
  storyId: string;
  /** The question's id within its story, from its place in the ink: the same on every route. */
  question: string;
  number: number;
  /**
   * 'correct' when the choice is one of the route-aware model answers, 'wrong' when it is not;
   * without model answers, by the choice's own score: up on balance, down, or neither.
   */
  result: 'correct' | 'wrong' | 'neutral';
  /** SCORM 1.2 'choice' responses are single characters: the option's place at its point. */
  letter: string;
  /** SCORM 2004 and xAPI responses are identifiers: the chosen text as a readable slug. */
  slug: string;
  /** What was asked (the customer's line), with the scenario's title. */
  description: string;
  qualities: QualityId[];
  /** The model answers, when they could be worked out: the interaction's correct responses. */
  correct?: { letters: string[]; slugs: string[] };
  at: Date;
}

export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'choice';
}

/** a–z, then 0–9: the characters SCORM 1.2 allows for a choice response. */
const letterOf = (n: number) =>
  n < 26 ? String.fromCharCode(97 + n) : n < 36 ? String(n - 26) : '0';

/**
 * A decision's question id: its choice point in the ink, so "decision 3" of two routes that ask
 * different things never share one. A story whose choices ink did not place (none shipped) falls
 * back to the question's words.
 */
export function questionIdOf(d: Pick<DecisionRecord, 'point' | 'question'>): string {
  return d.point ?? `q-${contentHash(d.question).slice(-8)}`;
}

/** The one id of a question in SCORM 1.2 and 2004 (a URN; xAPI puts the same key in its IRI). */
export const interactionId = (storyId: string, question: string) =>
  `urn:serving-moments:${encodeURIComponent(storyId)}:${question}`;

export function interactionOf(
  d: DecisionRecord,
  at: Date,
  answers?: readonly number[],
): Interaction {
  const net = d.effects.reduce((sum, e) => sum + e.amount, 0);
  const slotOf = (i: number) => d.slots?.[i] ?? i;
  const known = answers?.filter((i) => d.options[i] !== undefined) ?? [];
  return {
    storyId: d.storyId,
    question: questionIdOf(d),
    number: d.number,
    // Where the model answers are known, the result agrees with the correct responses recorded
    // beside it; without them it falls back to the choice's own score.
    result:
      known.length > 0
        ? known.includes(d.chosenIndex)
          ? 'correct'
          : 'wrong'
        : net > 0
          ? 'correct'
          : net < 0
            ? 'wrong'
            : 'neutral',
    letter: letterOf(slotOf(d.chosenIndex)),
    slug: slugOf(d.chosen),
    description: `${d.title}: ${d.question || `decision ${d.number}`}`.slice(0, 250),
    qualities: [...new Set(d.effects.map((e) => e.quality))],
    ...(known.length > 0
      ? {
          correct: {
            letters: known.map((i) => letterOf(slotOf(i))),
            slugs: known.map((i) => slugOf(d.options[i] ?? '')),
          },
        }
      : {}),
    at,
  };
}
