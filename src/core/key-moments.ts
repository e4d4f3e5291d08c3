import { barrierInfo, type BarrierId } from './barriers.ts';
import type { ChoiceEffect, ChoiceOption } from './beat.ts';
import type { Mood } from './moods.ts';
import { qualityLabel } from './qualities.ts';
import { reactionTo, type Reaction } from './reaction.ts';
import { saidBefore, type Decision } from './decision.ts';

export interface BarrierView {
  id: BarrierId;
  label: string;
  means: string;
}

/** An option shown as a model answer: what it says, why, and what it moves. */
export interface ModelOption {
  text: string;
  feedback: string;
  effects: string;
}

export interface KeyMoment {
  number: number;
  /** What the customer or narrator said just before the decision. */
  said: string;
  chosen: string;
  feedback: string;
  effects: string;
  moodBefore: Mood;
  /** The customer's mood once the reaction this choice can be credited with is over. */
  moodAfter: Mood;
  reaction: Reaction & { text: string };
  /** What the chosen option gained and spent, and what it put out of reach. */
  tradeOffs: string;
  barriers: BarrierView[];
  /** The first option from which the best total is still reachable: the model answer. */
  model: ModelOption;
  /** Every option from which the best total is still reachable, the model answer first. */
  defensible: ModelOption[];
  chosenIsModel: boolean;
  /**
   * The model answer was not worked out over every route from here (the story's exploration was
   * cut by its bound, or no outlook was given): the debrief says it is approximate.
   */
  approximate: boolean;
}

/**
 * For each option at a decision, the best total of tags still reachable from here (including the
 * option) given the earlier choices. `exact: false`: read off an exploration its bound cut short,
 * so a better route may exist (absent means exact).
 */
export type Outlook = readonly { index: number; bestTotal: number; exact?: boolean }[];

/** What the debrief says under a model answer it could not work out over every route. */
export const APPROXIMATE_MODEL =
  'Approximate: this story has more routes than the debrief explores, so the model answer here was judged on the routes explored, and a better one may exist.';

export function formatEffects(effects: readonly ChoiceEffect[]): string {
  if (effects.length === 0) return 'no quality moved';
  return effects
    .map((e) => `${qualityLabel(e.quality)} ${e.amount > 0 ? '+' : '−'}${Math.abs(e.amount)}`)
    .join(', ');
}

const totalOf = (o: ChoiceOption) => o.effects.reduce((s, e) => s + e.amount, 0);

/**
 * The options from which the best total is still reachable. Without an outlook (a story cut short
 * of exploring) each option is judged by its own score.
 */
export function modelAnswers(
  options: readonly ChoiceOption[],
  outlook?: Outlook,
): { best: ChoiceOption[]; reach: (o: ChoiceOption) => number } {
  const byIndex = new Map(outlook?.map((o) => [o.index, o.bestTotal]));
  const reach = (o: ChoiceOption) => byIndex.get(o.index) ?? totalOf(o);
  const top = Math.max(...options.map(reach));
  return { best: options.filter((o) => reach(o) === top), reach };
}

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

function tradeOffs(chosen: ChoiceOption | undefined, outOfReach: number | undefined): string {
  const effects = chosen?.effects ?? [];
  const gained = effects.filter((e) => e.amount > 0);
  const spent = effects.filter((e) => e.amount < 0);
  const parts = [
    gained.length ? `you gained ${formatEffects(gained)}` : 'you gained nothing',
    spent.length ? `you spent ${formatEffects(spent)}` : 'it cost no quality',
  ];
  const reach =
    outOfReach === undefined
      ? ''
      : outOfReach > 0
        ? `, and it put ${points(outOfReach)} of the best play out of reach`
        : ', and the best play was still open';
  return `Trade-offs you made: ${parts.join('; ')}${reach}.`;
}

function reactionText(r: Reaction, customer: string, before: Mood, there?: boolean): string {
  // On stage but silent is not absent: the learner saw them there, unmoved.
  if (!r.onStage && there)
    return r.cut
      ? `The story moved on before ${customer} answered this choice (still ${before}).`
      : `${customer} said nothing to this, and stayed ${before}.`;
  if (!r.onStage) return `${customer} was not there to react to this choice.`;
  const mood =
    r.mood === before
      ? `${customer} stayed ${r.mood}.`
      : `${customer} went from ${before} to ${r.mood}.`;
  return r.line ? `${customer}: “${r.line}” ${mood}` : mood;
}

const asModel = (o: ChoiceOption): ModelOption => ({
  text: o.text,
  feedback: o.feedback ?? '',
  effects: formatEffects(o.effects),
});

export function keyMoment(
  decision: Decision,
  number: number,
  customer: string,
  outlook?: Outlook,
): KeyMoment {
  const chosen = decision.options[decision.chosen];
  const { best, reach } = modelAnswers(decision.options, outlook);
  const chosenIsModel = chosen !== undefined && best.includes(chosen);
  const ordered = chosen && chosenIsModel ? [chosen, ...best.filter((o) => o !== chosen)] : best;
  const top = best[0] ? reach(best[0]) : 0;
  const reaction = reactionTo(decision.reply, customer, decision.moodBefore, decision.sceneBefore);
  return {
    number,
    said: saidBefore(decision),
    chosen: chosen?.text ?? '',
    feedback: chosen?.feedback ?? '',
    effects: formatEffects(chosen?.effects ?? []),
    moodBefore: decision.moodBefore,
    moodAfter: reaction.mood,
    reaction: {
      ...reaction,
      text: reactionText(reaction, customer, decision.moodBefore, decision.customerThere),
    },
    tradeOffs: tradeOffs(chosen, chosen && outlook ? top - reach(chosen) : undefined),
    barriers: (chosen?.barriers ?? []).map(barrierInfo),
    model: asModel(ordered[0] ?? chosen ?? { index: 0, text: '', effects: [], barriers: [] }),
    defensible: ordered.map(asModel),
    chosenIsModel,
    approximate: !outlook || outlook.some((o) => o.exact === false),
  };
}
