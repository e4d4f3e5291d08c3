import type { DebriefView, QualityRow } from '../../core/debrief.ts';
import { qualityChart } from './debrief-chart.ts';
import { keyMomentsList } from './debrief-moments.ts';
import { debriefPdf } from './debrief-pdf.ts';
import { verdictSection } from './debrief-verdict.ts';
import { h } from './h.ts';

export interface DebriefHandlers {
  onPlayAgain(): void;
  onMenu(): void;
  /** Replays the scenario from a decision (0-based), keeping the choices before it. */
  onRetryFrom(decision: number): void;
}

export interface DebriefOptions {
  storyId: string;
  finishedAt: Date;
  reducedMotion: boolean;
}

function downloadButton(
  view: DebriefView,
  options: DebriefOptions,
  chart: HTMLElement,
): HTMLElement {
  const status = h('span', { class: 'download-status', role: 'status' });
  const button = h('button', { type: 'button' }, 'Download summary');
  button.addEventListener('click', () => {
    status.textContent = 'Preparing the summary…';
    const canvas = chart.querySelector('canvas');
    const png = canvas && canvas.width > 0 ? canvas.toDataURL('image/png') : undefined;
    debriefPdf(view, options.finishedAt, png)
      .then((blob) => {
        const url = URL.createObjectURL(blob);
        const day = options.finishedAt.toISOString().slice(0, 10);
        const link = h('a', {
          href: url,
          download: `serving-moments-${options.storyId}-${day}.pdf`,
          hidden: true,
        });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        status.textContent = 'Summary downloaded as a PDF.';
      })
      .catch(() => {
        status.textContent = 'The summary could not be made on this device.';
      });
  });
  return h('span', { class: 'download' }, button, ' ', status);
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
  options: DebriefOptions,
): void {
  const chart = qualityChart(view.qualities, options.reducedMotion);
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
      chart,
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
        downloadButton(view, options, chart),
        h('button', { type: 'button', onclick: () => handlers.onMenu() }, 'Back to menu'),
      ),
    ),
  );
  heading.focus();
}
