import type { KeyMoment } from '../../core/key-moments.ts';
import { h } from './h.ts';

function mood(m: KeyMoment): string {
  return m.moodBefore === m.moodAfter
    ? `The customer stayed ${m.moodAfter}.`
    : `The customer went from ${m.moodBefore} to ${m.moodAfter}.`;
}

export interface MomentOptions {
  /** Who chose, as the list says it: "You chose: " on a learner's device, "Your team chose: " in a workshop. */
  chooser: string;
  /** Offers "Retry from here" on each decision when given. */
  onRetry?: (decision: number) => void;
}

function momentItem(m: KeyMoment, options: MomentOptions): HTMLElement {
  const { onRetry } = options;
  return h(
    'li',
    { class: 'moment' },
    h('h3', {}, `Decision ${m.number}`),
    m.said ? h('p', { class: 'said' }, m.said) : null,
    h('p', { class: 'chosen' }, h('strong', {}, options.chooser), m.chosen),
    h('p', { class: 'effects' }, m.effects),
    h('p', { class: 'reaction' }, mood(m)),
    h('p', { class: 'feedback' }, m.feedback || 'This choice carries no feedback yet.'),
    m.barriers.length > 0
      ? h(
          'p',
          { class: 'barriers' },
          h('strong', {}, 'Barrier: '),
          m.barriers.map((b) => b.label).join(', '),
        )
      : null,
    m.chosenIsModel
      ? h(
          'p',
          { class: 'model model-chosen' },
          h('strong', {}, 'Model answer: '),
          'you chose the option that served best here.',
        )
      : h(
          'div',
          { class: 'model' },
          h('p', {}, h('strong', {}, 'Model answer: '), m.model.text, ` (${m.model.effects})`),
          h('p', { class: 'feedback' }, m.model.feedback),
        ),
    onRetry
      ? h(
          'button',
          { type: 'button', class: 'retry', onclick: () => onRetry(m.number - 1) },
          'Retry from here',
          h('span', { class: 'visually-hidden' }, ` (decision ${m.number})`),
        )
      : null,
  );
}

export function keyMomentsList(moments: readonly KeyMoment[], options: MomentOptions): HTMLElement {
  return h(
    'ol',
    { class: 'decisions', 'aria-label': 'Key moments' },
    ...moments.map((m) => momentItem(m, options)),
  );
}
