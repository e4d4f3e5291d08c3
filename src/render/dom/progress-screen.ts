import type { Attempt } from '../../core/progress.ts';
import { QUALITIES, type QualityId } from '../../core/qualities.ts';
import { h } from './h.ts';

export interface ProgressView {
  attempts: readonly Attempt[];
  trends: Record<QualityId, number[]>;
  weakest?: { label: string; mean: number };
  suggestion?: { id: string; title: string };
  notice?: string;
}

function trendWord(values: readonly number[]): string {
  if (values.length < 2) return values.length === 1 ? 'one attempt so far' : 'not practised yet';
  const delta = (values[values.length - 1] ?? 0) - (values[0] ?? 0);
  return delta > 5 ? 'rising' : delta < -5 ? 'falling' : 'steady';
}

const dateText = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function attemptsTable(attempts: readonly Attempt[]): HTMLElement {
  if (attempts.length === 0)
    return h('p', {}, 'No finished scenarios yet. Play one and it will appear here.');
  return h(
    'table',
    { class: 'attempts' },
    h('caption', {}, 'Every finished attempt, newest first'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Scenario', 'Date', 'Overall', 'Ending'].map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      ...[...attempts]
        .reverse()
        .map((a) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, a.title),
            h('td', {}, dateText(a.date)),
            h('td', {}, `${a.overall}%`),
            h('td', {}, a.ending),
          ),
        ),
    ),
  );
}

function trendsTable(trends: Record<QualityId, number[]>): HTMLElement {
  return h(
    'table',
    { class: 'trends' },
    h('caption', {}, 'Each quality over your attempts, oldest first'),
    h(
      'thead',
      {},
      h('tr', {}, ...['Quality', 'Scores', 'Trend'].map((t) => h('th', { scope: 'col' }, t))),
    ),
    h(
      'tbody',
      {},
      ...QUALITIES.map((q) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, q.label),
          h('td', {}, trends[q.id].map((v) => `${v}%`).join(' → ') || '—'),
          h('td', {}, trendWord(trends[q.id])),
        ),
      ),
    ),
  );
}

export function renderProgress(
  root: HTMLElement,
  view: ProgressView,
  onPlay: (id: string) => void,
  onMenu: () => void,
): void {
  const heading = h('h1', { id: 'progress-heading', tabindex: '-1' }, 'Progress');
  root.replaceChildren(
    h(
      'section',
      { class: 'screen progress-screen', 'aria-labelledby': 'progress-heading' },
      heading,
      view.notice ? h('p', { class: 'notice visible', role: 'status' }, view.notice) : null,
      view.weakest && view.suggestion
        ? h(
            'div',
            { class: 'suggestion' },
            h(
              'p',
              {},
              `Your weakest quality so far is ${view.weakest.label} (${view.weakest.mean}% on average). Practise it in:`,
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'primary',
                onclick: () => onPlay(view.suggestion?.id ?? ''),
              },
              `Play ${view.suggestion.title}`,
            ),
          )
        : null,
      h('h2', {}, 'Attempts'),
      attemptsTable(view.attempts),
      h('h2', {}, 'Qualities over time'),
      trendsTable(view.trends),
      h('button', { type: 'button', onclick: onMenu }, 'Back to menu'),
    ),
  );
  heading.focus();
}
