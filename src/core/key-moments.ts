import { barrierInfo, type BarrierId } from './barriers.ts';
import type { ChoiceEffect, ChoiceOption } from './beat.ts';
import type { Mood } from './moods.ts';
import { qualityLabel } from './qualities.ts';
import type { Decision } from './decision.ts';

export interface BarrierView {
  id: BarrierId;
  label: string;
  means: string;
}

export interface KeyMoment {
  number: number;
  /** What the customer or narrator said just before the decision. */
  said: string;
  chosen: string;
  feedback: string;
  effects: string;
  moodBefore: Mood;
  moodAfter: Mood;
  barriers: BarrierView[];
  /** The option at this decision that served best: the model answer. */
  model: { text: string; feedback: string; effects: string };
  chosenIsModel: boolean;
}

export function formatEffects(effects: readonly ChoiceEffect[]): string {
  if (effects.length === 0) return 'no quality moved';
  return effects
    .map((e) => `${qualityLabel(e.quality)} ${e.amount > 0 ? '+' : '−'}${Math.abs(e.amount)}`)
    .join(', ');
}

const totalOf = (o: ChoiceOption) => o.effects.reduce((s, e) => s + e.amount, 0);

/**
 * The model answer is the option that serves best at this decision by its own score; a learner whose
 * choice ties with it chose a model answer too.
 */
export function modelAnswer(
  options: readonly ChoiceOption[],
  chosen: number,
): { option: ChoiceOption | undefined; chosenIsModel: boolean } {
  let best: ChoiceOption | undefined;
  for (const o of options) if (!best || totalOf(o) > totalOf(best)) best = o;
  const mine = options[chosen];
  if (mine && best && totalOf(mine) >= totalOf(best)) return { option: mine, chosenIsModel: true };
  return { option: best, chosenIsModel: false };
}

export function keyMoment(decision: Decision, number: number): KeyMoment {
  const chosen = decision.options[decision.chosen];
  const said = decision.prompt.filter((l) => l.text !== '').slice(-1)[0];
  const model = modelAnswer(decision.options, decision.chosen);
  return {
    number,
    said: said ? (said.speaker ? `${said.speaker}: ${said.text}` : said.text) : '',
    chosen: chosen?.text ?? '',
    feedback: chosen?.feedback ?? '',
    effects: formatEffects(chosen?.effects ?? []),
    moodBefore: decision.moodBefore,
    moodAfter: decision.moodAfter,
    barriers: (chosen?.barriers ?? []).map(barrierInfo),
    model: {
      text: model.option?.text ?? '',
      feedback: model.option?.feedback ?? '',
      effects: formatEffects(model.option?.effects ?? []),
    },
    chosenIsModel: model.chosenIsModel,
  };
}
