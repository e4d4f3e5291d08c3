import { qualityLabel } from '../core/qualities.ts';
import { h } from '../render/dom/h.ts';
import type { Phase } from '../protocol/phases.ts';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import { rankRows } from '../protocol/ranking.ts';
import {
  percentText,
  progressText,
  statusText,
  verdictShown,
  verdictText,
} from './progress-text.ts';

export interface LeaderboardOptions {
  story: HostSnapshot['story'];
  phase: Phase;
  /** The team whose removal awaits a yes or no, if any. */
  confirming: string | undefined;
  onRemove(teamId: string): void;
  onConfirm(teamId: string | undefined, remove: boolean): void;
}

function removeCell(row: TeamRow, o: LeaderboardOptions): HTMLElement {
  if (o.confirming !== row.teamId) {
    return h(
      'td',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          'data-remove': row.teamId,
          onclick: () => o.onRemove(row.teamId),
        },
        'Remove',
        h('span', { class: 'visually-hidden' }, ` team ${row.name}`),
      ),
    );
  }
  return h(
    'td',
    { class: 'confirm-remove' },
    h('span', {}, `Remove ${row.name}?`),
    ' ',
    h(
      'button',
      {
        type: 'button',
        class: 'small danger',
        'data-confirm': row.teamId,
        onclick: () => o.onConfirm(row.teamId, true),
      },
      'Yes, remove',
    ),
    ' ',
    h(
      'button',
      { type: 'button', class: 'small', onclick: () => o.onConfirm(undefined, false) },
      'Keep',
    ),
  );
}

/**
 * The live leaderboard: teams ranked by overall serving score, each practised quality, progress
 * and whether the team is finished and online. Names are set as text, markup and all.
 */
export function leaderboardTable(rows: readonly TeamRow[], o: LeaderboardOptions): HTMLElement {
  const qualities = o.story.practised;
  const removable = o.phase !== 'ended' && o.phase !== 'revealed';
  if (rows.length === 0) {
    return h('p', { class: 'empty-board' }, 'No teams yet. They appear here as they join.');
  }
  const body = rankRows(rows).map(({ rank, row }) =>
    h(
      'tr',
      { class: row.finished ? 'finished' : '' },
      h('td', { class: 'rank' }, String(rank)),
      h('th', { scope: 'row', class: 'team-name' }, row.name),
      h('td', { class: 'overall-cell' }, `${row.overall}%`),
      h(
        'td',
        { class: `verdict-cell ${row.verdict.served ? 'alive' : 'dead'}` },
        verdictShown(row, o.phase) ? verdictText(row.verdict) : 'in play',
      ),
      ...qualities.map((id) => {
        const q = row.qualities.find((x) => x.id === id);
        // Before a team's first choice every quality it has not lost reads full: nothing to show.
        const shown = q && row.made > 0 ? percentText(q.percent, q.score) : '–';
        return h('td', { class: 'quality-cell' }, shown);
      }),
      h('td', {}, progressText(row.made, row.finished, o.story.decisions)),
      h('td', { class: row.online ? 'online' : 'offline' }, statusText(row, o.phase)),
      removable ? removeCell(row, o) : null,
    ),
  );
  return h(
    'div',
    {
      class: 'table-scroll',
      tabindex: '0',
      role: 'region',
      'aria-label': 'Leaderboard, scrolls sideways',
    },
    h(
      'table',
      { class: 'leaderboard' },
      h('caption', {}, 'Teams ranked by overall serving score'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Rank'),
          h('th', { scope: 'col' }, 'Team'),
          h('th', { scope: 'col' }, 'Overall'),
          h('th', { scope: 'col' }, 'Verdict'),
          ...qualities.map((id) => h('th', { scope: 'col' }, qualityLabel(id))),
          h('th', { scope: 'col' }, 'Progress'),
          h('th', { scope: 'col' }, 'Status'),
          removable
            ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Remove'))
            : null,
        ),
      ),
      h('tbody', {}, ...body),
    ),
  );
}
