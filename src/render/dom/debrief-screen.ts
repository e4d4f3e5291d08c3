import type { DebriefView } from '../../core/debrief.ts';
import { qualityChart } from './debrief-chart.ts';
import { qualitiesTable } from './debrief-qualities.ts';
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
  view: Promise<DebriefView>,
  options: DebriefOptions,
  chart: HTMLElement,
): HTMLElement {
  const status = h('span', { class: 'download-status', role: 'status' });
  const button = h('button', { type: 'button' }, 'Download summary');
  button.addEventListener('click', () => {
    status.textContent = 'Preparing the summary…';
    const canvas = chart.querySelector('canvas');
    const png = canvas && canvas.width > 0 ? canvas.toDataURL('image/png') : undefined;
    view
      .then((final) => debriefPdf(final, options.finishedAt, png))
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

/**
 * The debrief screen. With `later`, the key moments wait for it (the model answers being worked
 * out off the page's thread): the verdict and readings show at once, a status holds the moments'
 * place, and the summary waits for the whole debrief.
 */
export function renderDebrief(
  root: HTMLElement,
  view: DebriefView,
  handlers: DebriefHandlers,
  options: DebriefOptions,
  later?: Promise<DebriefView>,
): void {
  const chart = qualityChart(view.qualities, options.reducedMotion);
  const moments = (v: DebriefView) =>
    keyMomentsList(v.decisions, {
      chooser: 'You chose: ',
      onRetry: (i) => handlers.onRetryFrom(i),
    });
  const pending = h(
    'p',
    { class: 'moments-pending', role: 'status' },
    'Working out the model answers for each decision…',
  );
  void later?.then((final) => {
    if (pending.isConnected) pending.replaceWith(moments(final));
  });
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
      qualitiesTable(view.qualities),
      h('h2', {}, 'Key moments'),
      later ? pending : moments(view),
      h(
        'div',
        { class: 'debrief-buttons' },
        again,
        downloadButton(later ?? Promise.resolve(view), options, chart),
        h('button', { type: 'button', onclick: () => handlers.onMenu() }, 'Back to menu'),
      ),
    ),
  );
  heading.focus();
}
