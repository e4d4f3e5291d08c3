import type { ChoiceEffect } from './beat.ts';
import type { BarrierView } from './key-moments.ts';
import type { QualityId } from './qualities.ts';
import { subjectOf, type Pronoun } from './pronouns.ts';

/** A choice the learner made, as far as the verdict reads it. */
export interface PlayedChoice {
  effects: readonly ChoiceEffect[];
  barriers: readonly BarrierView[];
}

/** A choice as far as the kind of failure reads it: its effects and whether it met a barrier. */
export interface CountedChoice {
  effects: readonly ChoiceEffect[];
  barriers: { readonly length: number };
}

/**
 * How a DEAD play failed. `rules`: held to rules and routines (barrier choices). `rescue`: gave the
 * customer something at a cost the learner, colleagues or the next customer pay. `listen`: answered
 * before understanding. `worse-off`: scored well but left the customer worse off. `thin`: none of
 * those stands out; the serving choices were simply not taken.
 */
export type FailureKind = 'rules' | 'rescue' | 'listen' | 'worse-off' | 'thin';

/** Each failure named in a few words, for a leaderboard cell or a spreadsheet column. */
export const FAILURE_LABELS: Record<FailureKind, string> = {
  rules: 'held to rules and routines',
  rescue: 'rescued at a cost someone else pays',
  listen: 'did not listen',
  'worse-off': 'left the customer worse off',
  thin: 'few serving choices',
};

export interface Failure {
  kind: FailureKind;
  /** How many of the learner's choices show it (0 for `worse-off` and `thin`). */
  times: number;
  text: string;
}

const FOR_THE_CUSTOMER: readonly QualityId[] = ['empathy', 'healing', 'listening'];
/** What is held in trust for others: spending it for this customer is the rescue's price. */
const HELD_FOR_OTHERS: readonly QualityId[] = ['stewardship', 'community', 'foresight', 'growth'];
const HEARING: readonly QualityId[] = ['listening', 'empathy', 'awareness'];

const gains = (c: Pick<CountedChoice, 'effects'>, qs: readonly QualityId[]) =>
  c.effects.some((e) => e.amount > 0 && qs.includes(e.quality));
const costs = (c: Pick<CountedChoice, 'effects'>, qs: readonly QualityId[]) =>
  c.effects.some((e) => e.amount < 0 && qs.includes(e.quality));

export const isRescue = (c: Pick<CountedChoice, 'effects'>) =>
  gains(c, FOR_THE_CUSTOMER) && costs(c, HELD_FOR_OTHERS);

const choices = (n: number) => (n === 1 ? 'one of your choices' : `${n} of your choices`);

const TEXT: Record<Exclude<FailureKind, 'worse-off' | 'thin'>, (n: number) => string> = {
  rules: (n) =>
    `Held to rules and routines: ${choices(n)} put the process between you and the customer. The key moments below show where a serving choice was open.`,
  rescue: (n) =>
    `Rescued at a cost someone else pays: ${choices(n)} gave the customer what was not yours to give, spending what you, your colleagues or the next customer needed. Serving keeps what is held in trust.`,
  listen: (n) =>
    `Did not listen: ${choices(n)} answered before you understood what the customer needed, or passed over how they felt.`,
};

/**
 * How a play that was not ALIVE failed, and on how many of its choices, without the words: a
 * leaderboard row needs only the kind. A choice is read only for its effects and whether it met a
 * barrier.
 */
export function failureCount(
  played: readonly CountedChoice[],
  scoredWell: boolean,
): { kind: FailureKind; times: number } {
  if (scoredWell) return { kind: 'worse-off', times: 0 };
  let rules = 0;
  let rescue = 0;
  let listen = 0;
  for (const c of played) {
    if (c.barriers.length > 0) rules += 1;
    else if (isRescue(c)) rescue += 1;
    else if (costs(c, HEARING)) listen += 1;
  }
  // Ties go to the first named: rules, then rescue, then listening.
  let kind: keyof typeof TEXT = 'rules';
  let times = rules;
  if (rescue > times) [kind, times] = ['rescue', rescue];
  if (listen > times) [kind, times] = ['listen', listen];
  return times === 0 ? { kind: 'thin', times: 0 } : { kind, times };
}

/** Names how a play that was not ALIVE failed, from the choices it made. */
export function failureOf(
  played: readonly PlayedChoice[],
  customer: string,
  scoredWell: boolean,
  pronoun?: Pronoun,
): Failure {
  const { kind, times } = failureCount(played, scoredWell);
  if (kind === 'worse-off')
    return {
      kind,
      times,
      text: `Your choices scored well, but ${customer} left worse off than ${subjectOf(pronoun)} came: the test of serving is the person served, not the points.`,
    };
  if (kind === 'thin')
    return {
      kind,
      times,
      text: 'Few of your choices served: the options that would have served were open, and the key moments below show them.',
    };
  return { kind, times, text: TEXT[kind](times) };
}
