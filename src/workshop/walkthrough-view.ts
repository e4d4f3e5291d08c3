import { h } from '../render/dom/h.ts';
import type { WalkthroughOption, WalkthroughPoint } from '../protocol/walkthrough.ts';

function optionItem(option: WalkthroughOption, reached: number): HTMLElement {
  const share = reached > 0 ? Math.round((option.count / reached) * 100) : 0;
  return h(
    'li',
    { class: option.best ? 'walk-option best' : 'walk-option' },
    h(
      'p',
      { class: 'walk-choice' },
      option.best ? h('strong', { class: 'best-badge' }, 'Served best: ') : null,
      option.text,
    ),
    h(
      'p',
      { class: 'walk-count' },
      h(
        'span',
        { class: 'bar', 'aria-hidden': 'true' },
        h('span', { class: 'bar-fill', style: `width: ${share}%` }),
      ),
      ` ${option.count} of ${reached} ${reached === 1 ? 'team' : 'teams'}`,
      option.teams.length > 0 ? `: ${option.teams.join(', ')}` : '',
    ),
    h('p', { class: 'effects' }, option.effects),
    option.feedback ? h('p', { class: 'feedback' }, option.feedback) : null,
  );
}

/**
 * After the reveal, the discussion: one decision point at a time, how many teams took each
 * option and which served best, with Previous and Next for the facilitator to step through.
 */
export function walkthroughSection(
  points: readonly WalkthroughPoint[],
  index: number,
  go: (index: number) => void,
): HTMLElement {
  const point = points[index];
  const heading = h('h2', { id: 'walk-heading' }, 'Walk through the decisions');
  if (!point) {
    return h(
      'section',
      { class: 'walkthrough', 'aria-labelledby': 'walk-heading' },
      heading,
      h('p', {}, 'No team made a decision in this session.'),
    );
  }
  const best = point.options.find((o) => o.best);
  const prev = h(
    'button',
    { type: 'button', 'data-walk': 'prev', onclick: () => go(index - 1) },
    'Previous decision',
  );
  const next = h(
    'button',
    { type: 'button', class: 'primary', 'data-walk': 'next', onclick: () => go(index + 1) },
    'Next decision',
  );
  prev.disabled = index === 0;
  next.disabled = index >= points.length - 1;
  return h(
    'section',
    { class: 'walkthrough', 'aria-labelledby': 'walk-heading' },
    heading,
    h(
      'div',
      { class: 'walk-nav' },
      prev,
      h(
        'p',
        { class: 'walk-position', role: 'status' },
        `Decision point ${index + 1} of ${points.length}`,
      ),
      next,
    ),
    h(
      'article',
      { class: 'walk-point', 'aria-labelledby': 'walk-point-heading' },
      h('h3', { id: 'walk-point-heading' }, `Decision ${point.number}`),
      point.said ? h('blockquote', { class: 'said' }, point.said) : null,
      h(
        'p',
        {},
        `${point.reached} ${point.reached === 1 ? 'team' : 'teams'} reached this decision.`,
      ),
      h(
        'ol',
        { class: 'walk-options', 'aria-label': 'Options and how many teams chose each' },
        ...point.options.map((o) => optionItem(o, point.reached)),
      ),
      best
        ? h(
            'p',
            { class: 'walk-best' },
            h('strong', {}, 'What served best: '),
            best.text,
            best.feedback ? ` — ${best.feedback}` : '',
          )
        : null,
      point.approximate
        ? h(
            'p',
            { class: 'walk-approximate' },
            'Approximate: this story has more routes than were explored, so what served best here was judged on the routes explored.',
          )
        : null,
    ),
  );
}
