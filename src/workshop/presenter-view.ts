import { h } from '../render/dom/h.ts';
import { PHASE_LABELS } from '../protocol/phase-rules.ts';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import type { WalkthroughPoint } from '../protocol/walkthrough.ts';
import { rankRows } from '../protocol/ranking.ts';
import { verdictShown, verdictText } from './progress-text.ts';

/** Teams on one projector page: two columns of 15 fit 1280×720 in type readable from the back. */
export const PRESENTER_PAGE = 30;

export interface PresenterState {
  page: number;
  /** After the reveal: the board, or the walk-through at one decision. */
  showing: 'board' | 'walk';
  walkIndex: number;
}

export interface PresenterHandlers {
  change(next: Partial<PresenterState>): void;
  leave(): void;
}

const button = (label: string, attr: string, run: () => void, disabled = false) => {
  const b = h('button', { type: 'button', 'data-present': attr, onclick: run }, label);
  b.disabled = disabled;
  return b;
};

/** ALIVE or DEAD in large type; the rest of the verdict for screen readers, not the back row. */
function verdictBadge(row: TeamRow, phase: HostSnapshot['phase']): HTMLElement {
  if (!verdictShown(row, phase)) return h('span', { class: 'present-verdict' });
  const [word, rest] = verdictText(row.verdict).split(/, (.*)/s);
  return h(
    'span',
    { class: `present-verdict ${row.verdict.served ? 'alive' : 'dead'}` },
    word,
    h('span', { class: 'visually-hidden' }, `, ${rest ?? ''}`),
  );
}

function boardPage(
  rows: readonly TeamRow[],
  state: PresenterState,
  on: PresenterHandlers,
  phase: HostSnapshot['phase'],
) {
  const ranked = rankRows(rows);
  const pages = Math.max(1, Math.ceil(ranked.length / PRESENTER_PAGE));
  const page = Math.min(state.page, pages - 1);
  const shown = ranked.slice(page * PRESENTER_PAGE, (page + 1) * PRESENTER_PAGE);
  const list = h(
    'ol',
    { class: 'present-board', 'aria-label': 'Teams ranked by overall serving score' },
    ...shown.map(({ rank, row }) =>
      h(
        'li',
        { class: row.finished ? 'present-row finished' : 'present-row' },
        h('span', { class: 'present-rank' }, String(rank)),
        h('span', { class: 'present-name' }, row.name),
        h('span', { class: 'present-score' }, `${row.overall}%`),
        verdictBadge(row, phase),
      ),
    ),
  );
  if (ranked.length === 0)
    return h('p', { class: 'present-empty' }, 'Teams appear here as they join.');
  return h(
    'div',
    { class: 'present-board-host' },
    list,
    pages > 1
      ? h(
          'div',
          { class: 'present-nav' },
          button('Previous page', 'prev-page', () => on.change({ page: page - 1 }), page === 0),
          h('p', { role: 'status' }, `Page ${page + 1} of ${pages}`),
          button('Next page', 'next-page', () => on.change({ page: page + 1 }), page >= pages - 1),
        )
      : null,
  );
}

/** One decision per screen: what was said, and each option's share of the teams as a bar. */
function decisionScreen(points: readonly WalkthroughPoint[], index: number, on: PresenterHandlers) {
  const point = points[index];
  if (!point) return h('p', { class: 'present-empty' }, 'No team made a decision in this session.');
  const bars = point.options.map((o) => {
    const share = point.reached > 0 ? Math.round((o.count / point.reached) * 100) : 0;
    return h(
      'li',
      { class: o.best ? 'present-option best' : 'present-option' },
      h('span', { class: 'present-option-text' }, o.best ? `★ ${o.text}` : o.text),
      h(
        'span',
        { class: 'present-meter', 'aria-hidden': 'true' },
        h('span', { class: 'present-meter-fill', style: `width: ${share}%` }),
      ),
      h('span', { class: 'present-share' }, `${share}% (${o.count})`),
    );
  });
  return h(
    'article',
    { class: 'present-decision', 'aria-labelledby': 'present-decision-heading' },
    h(
      'div',
      { class: 'present-nav' },
      button(
        'Previous decision',
        'prev-walk',
        () => on.change({ walkIndex: index - 1 }),
        index === 0,
      ),
      h(
        'h2',
        { id: 'present-decision-heading' },
        `Decision ${point.number} · ${index + 1} of ${points.length}`,
      ),
      button(
        'Next decision',
        'next-walk',
        () => on.change({ walkIndex: index + 1 }),
        index >= points.length - 1,
      ),
    ),
    point.said ? h('blockquote', { class: 'present-said' }, point.said) : null,
    h(
      'ol',
      {
        class: 'present-chart',
        'aria-label': `Share of the ${point.reached} teams that reached this decision, per option; ★ served best`,
      },
      ...bars,
    ),
    point.approximate
      ? h('p', { class: 'present-approximate' }, '★ approximate: not every route was explored.')
      : null,
  );
}

/**
 * The projector screen: the join code and the round's state in large type, then either the
 * ranked teams (30 a page, in two columns) or, after the reveal, one decision at a time.
 */
export function presenterScreen(
  snapshot: HostSnapshot,
  rows: readonly TeamRow[],
  state: PresenterState,
  on: PresenterHandlers,
): HTMLElement {
  const finished = rows.filter((r) => r.finished).length;
  const walk = snapshot.walkthrough;
  const showingWalk = walk !== undefined && state.showing === 'walk';
  return h(
    'section',
    { class: 'presenter', 'aria-label': 'Presenter view' },
    h(
      'header',
      { class: 'present-bar' },
      h('p', { class: 'present-code' }, 'Code ', h('strong', {}, snapshot.code)),
      h(
        'p',
        { class: 'present-state', role: 'status' },
        `${PHASE_LABELS[snapshot.phase]} · ${rows.length} teams · ${finished} finished`,
      ),
      walk
        ? button(showingWalk ? 'Show the ranking' : 'Walk through', 'toggle', () =>
            on.change({ showing: showingWalk ? 'board' : 'walk' }),
          )
        : null,
      button('Leave presenter view', 'leave', () => on.leave()),
    ),
    showingWalk
      ? decisionScreen(walk, state.walkIndex, on)
      : boardPage(rows, state, on, snapshot.phase),
  );
}
