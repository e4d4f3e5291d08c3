import { READING_RULE, type QualityRow } from '../../core/debrief.ts';
import { h } from './h.ts';

function qualityRow(row: QualityRow): HTMLElement {
  const bar =
    row.percent === null
      ? h('span', { class: 'bar bar-empty', 'aria-hidden': 'true' })
      : h(
          'span',
          { class: 'bar', 'aria-hidden': 'true' },
          h('span', { class: 'bar-fill', style: `width: ${row.percent}%` }),
        );
  return h(
    'tr',
    { class: row.percent === null ? 'not-practised' : '' },
    h('th', { scope: 'row' }, row.label),
    h('td', {}, row.display),
    h('td', { class: 'bar-cell' }, bar),
    h('td', { class: 'means' }, row.means),
  );
}

/** The ten qualities as a table: the debrief's figures in text, on a learner's or a team's device. */
export function qualitiesTable(rows: readonly QualityRow[]): HTMLElement {
  return h(
    'table',
    { class: 'qualities' },
    h('caption', {}, READING_RULE),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Quality'),
        h('th', { scope: 'col' }, 'Your score'),
        h(
          'th',
          { scope: 'col', class: 'bar-cell' },
          h('span', { class: 'visually-hidden' }, 'Bar'),
        ),
        h('th', { scope: 'col', class: 'means' }, 'What it rewards'),
      ),
    ),
    h('tbody', {}, ...rows.map(qualityRow)),
  );
}
