import { APPROXIMATE_MODEL, type KeyMoment } from '../../core/key-moments.ts';
import { h } from './h.ts';

export interface MomentOptions {
  /** Who chose, as the list says it: "You chose: " on a learner's device, "Your team chose: " in a workshop. */
  chooser: string;
  /** Offers "Retry from here" on each decision when given. */
  onRetry?: (decision: number) => void;
}

function modelAnswer(m: KeyMoment): HTMLElement {
  const answer = modelText(m);
  if (!m.approximate) return answer;
  return h('div', {}, answer, h('p', { class: 'model-approximate' }, APPROXIMATE_MODEL));
}

function modelText(m: KeyMoment): HTMLElement {
  const others = m.chosenIsModel ? m.defensible.slice(1) : m.defensible;
  if (m.chosenIsModel && others.length === 0)
    return h(
      'p',
      { class: 'model model-chosen' },
      h('strong', {}, 'Model answer: '),
      'yours. The best play was still open after this choice.',
    );
  const heading = m.chosenIsModel
    ? 'Also defensible: '
    : others.length > 1
      ? 'Model answers (equally good): '
      : 'Model answer: ';
  return h(
    'div',
    { class: m.chosenIsModel ? 'model model-chosen' : 'model' },
    m.chosenIsModel
      ? h('p', {}, 'Yours is a model answer: the best play was still open after it.')
      : null,
    ...others.flatMap((o, i) => [
      h('p', {}, i === 0 ? h('strong', {}, heading) : null, o.text, ` (${o.effects})`),
      h('p', { class: 'feedback' }, o.feedback),
    ]),
  );
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
    h('p', { class: 'reaction' }, m.reaction.text),
    h('p', { class: 'feedback' }, m.feedback || 'This choice carries no feedback yet.'),
    m.barriers.length > 0
      ? h(
          'p',
          { class: 'barriers' },
          h('strong', {}, 'Barrier: '),
          m.barriers.map((b) => b.label).join(', '),
        )
      : null,
    h('p', { class: 'trade-offs' }, m.tradeOffs),
    modelAnswer(m),
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
