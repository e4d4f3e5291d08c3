import type { Verdict } from '../../core/verdict.ts';
import { h } from './h.ts';

export function verdictSection(verdict: Verdict): HTMLElement {
  return h(
    'section',
    { class: `verdict ${verdict.served ? 'alive' : 'dead'}`, 'aria-labelledby': 'verdict-heading' },
    h('h2', { id: 'verdict-heading' }, verdict.heading),
    h('p', {}, verdict.explanation),
    h('p', { class: 'servant-test' }, h('strong', {}, 'Do those served grow? '), verdict.test.text),
    verdict.barriers.length > 0
      ? h(
          'div',
          {},
          h('p', {}, h('strong', {}, 'Barriers you fell into:')),
          h(
            'ul',
            { class: 'barrier-list' },
            ...verdict.barriers.map((b) =>
              h(
                'li',
                {},
                h('strong', {}, b.label),
                ` — ${b.means}${b.times > 1 ? ` (${b.times} times)` : ''}`,
              ),
            ),
          ),
        )
      : h('p', {}, 'You fell into none of the barriers that do customers a disservice.'),
  );
}
