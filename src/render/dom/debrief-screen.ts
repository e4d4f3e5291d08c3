import type { DebriefView, QualityRow } from '../../core/debrief.ts';
import { keyMomentsList } from './debrief-moments.ts';
import { verdictSection } from './debrief-verdict.ts';
import { h } from './h.ts';

export interface DebriefHandlers {
  onPlayAgain(): void;
  onMenu(): void;
  /** Replays the scenario from a decision (0-based), keeping the choices before it. */
  onRetryFrom(decision: number): void;
}

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

export function renderDebrief(
  root: HTMLElement,
  view: DebriefView,
  handlers: DebriefHandlers,
): void {
  const again = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => handlers.onPlayAgain() },
    'Play again',
  );
  const heading = h('h1', { id: 'debrief-heading', tabindex: '-1' }, `Debrief: ${view.storyTitle}`);
  root.replaceChildren(
    h(
      'section',
      { class: 'screen debrief', 'aria-labelledby': 'debrief-heading' },
      heading,
      h('p', { class: 'ending-reached' }, 'Ending reached: ', h('strong', {}, view.ending)),
      h(
        'p',
        { class: 'overall' },
        'Overall serving score: ',
        h('strong', {}, view.overall.display),
        ` (${view.overall.points} of the ${view.overall.best} points the best-serving path earns)`,
      ),
      verdictSection(view.verdict),
      h('h2', {}, 'How you served, quality by quality'),
      h(
        'table',
        { class: 'qualities' },
        h('caption', {}, 'Each quality as a share of the most this story lets you earn for it'),
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
            h('th', { scope: 'col', class: 'means' }, 'What it means'),
          ),
        ),
        h('tbody', {}, ...view.qualities.map(qualityRow)),
      ),
      h('h2', {}, 'Key moments'),
      keyMomentsList(view.decisions, (i) => handlers.onRetryFrom(i)),
      h(
        'div',
        { class: 'debrief-buttons' },
        again,
        h('button', { type: 'button', onclick: () => handlers.onMenu() }, 'Back to menu'),
      ),
    ),
  );
  heading.focus();
}
