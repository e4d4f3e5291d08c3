import type { DebriefView } from '../../core/debrief.ts';
import { qualityChart } from './debrief-chart.ts';
import { qualitiesTable } from './debrief-qualities.ts';
import { keyMomentsList } from './debrief-moments.ts';
import { debriefPdf } from './debrief-pdf.ts';
import { logoPng } from './logo-png.ts';
import type { Brand } from '../../core/brand.ts';
import { verdictSection } from './debrief-verdict.ts';
import { h } from './h.ts';
import { MOMENTS_HEADING, QUALITIES_HEADING } from './debrief-headings.ts';

export interface DebriefHandlers {
  onPlayAgain(): void;
  /** The way out, if there is one (a Studio playtest, in its own pane, has none). */
  onMenu?: () => void;
  /** What the way out says: "Back to menu" unless it leads elsewhere. */
  menuLabel?: string;
  /** Replays the scenario from a decision (0-based), keeping the choices before it. */
  onRetryFrom(decision: number): void;
}

export interface DebriefOptions {
  storyId: string;
  finishedAt: Date;
  reducedMotion: boolean;
  /** The product name and logo the summary carries. */
  brand: Brand;
  /** The name the summary is prepared for at first: the LMS's learner, or the last one typed. */
  learnerName?: string;
  /** The learner typed a name for the summary (to offer it next time). */
  onLearnerName?: (name: string) => void;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'summary';

function nameField(options: DebriefOptions): { field: HTMLElement; input: HTMLInputElement } {
  const input = h('input', {
    id: 'summary-name',
    type: 'text',
    autocomplete: 'name',
    maxlength: 80,
    value: options.learnerName ?? '',
  });
  const field = h(
    'span',
    { class: 'summary-name' },
    h('label', { for: 'summary-name' }, 'Your name on the summary (optional)'),
    input,
  );
  return { field, input };
}

function downloadButton(
  view: Promise<DebriefView>,
  options: DebriefOptions,
  chart: HTMLElement,
): HTMLElement {
  const status = h('span', { class: 'download-status', role: 'status' });
  const button = h('button', { type: 'button' }, 'Download summary');
  const { field, input } = nameField(options);
  const { brand } = options;
  button.addEventListener('click', () => {
    status.textContent = 'Preparing the summary…';
    const canvas = chart.querySelector('canvas');
    const png = canvas && canvas.width > 0 ? canvas.toDataURL('image/png') : undefined;
    const learnerName = input.value.trim();
    if (learnerName !== (options.learnerName ?? '')) options.onLearnerName?.(learnerName);
    const logo = brand.logoUrl ? logoPng(brand.logoUrl) : Promise.resolve(undefined);
    Promise.all([view, logo])
      .then(([final, picture]) =>
        debriefPdf(final, options.finishedAt, {
          productName: brand.productName,
          ...(picture ? { logo: picture } : {}),
          ...(learnerName ? { learnerName } : {}),
          ...(png ? { chartPng: png } : {}),
        }),
      )
      .then((blob) => {
        const url = URL.createObjectURL(blob);
        const day = options.finishedAt.toISOString().slice(0, 10);
        const link = h('a', {
          href: url,
          download: `${slug(brand.productName)}-${options.storyId}-${day}.pdf`,
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
  return h('span', { class: 'download' }, field, h('span', {}, button, ' ', status));
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
      h('h2', {}, QUALITIES_HEADING),
      chart,
      qualitiesTable(view.qualities),
      h('h2', {}, MOMENTS_HEADING),
      later ? pending : moments(view),
      h(
        'div',
        { class: 'debrief-buttons' },
        again,
        downloadButton(later ?? Promise.resolve(view), options, chart),
        handlers.onMenu &&
          h(
            'button',
            { type: 'button', onclick: handlers.onMenu },
            handlers.menuLabel ?? 'Back to menu',
          ),
      ),
    ),
  );
  heading.focus();
}
