import type { DebriefView } from '../core/debrief.ts';
import type { KeyMoment } from '../core/key-moments.ts';
import { verdictSection } from '../render/dom/debrief-verdict.ts';
import { h } from '../render/dom/h.ts';
import type { Phase, ResultRow } from '../server/protocol.ts';

function moment(m: KeyMoment): HTMLElement {
  return h(
    'li',
    { class: 'moment' },
    h('h3', {}, `Decision ${m.number}`),
    m.said ? h('p', { class: 'said' }, m.said) : null,
    h('p', { class: 'chosen' }, h('strong', {}, 'Your team chose: '), m.chosen),
    h('p', { class: 'effects' }, m.effects),
    h('p', { class: 'feedback' }, m.feedback || 'This choice carries no feedback yet.'),
    m.chosenIsModel
      ? h(
          'p',
          { class: 'model model-chosen' },
          h('strong', {}, 'Model answer: '),
          'you chose the option that served best here.',
        )
      : h(
          'div',
          { class: 'model' },
          h('p', {}, h('strong', {}, 'Model answer: '), m.model.text, ` (${m.model.effects})`),
          h('p', { class: 'feedback' }, m.model.feedback),
        ),
  );
}

/** Other teams' scores, after the reveal only; before it, what the team is waiting for. */
export function resultsSection(
  phase: Phase,
  results: readonly ResultRow[] | undefined,
): HTMLElement {
  const heading = h('h2', { id: 'results-heading' }, 'Results of all teams');
  if (!results) {
    const waiting =
      phase === 'ended'
        ? 'The facilitator ended the session without revealing the results.'
        : 'The other teams’ scores appear here when the facilitator reveals the results.';
    return h(
      'section',
      { class: 'team-results', 'aria-labelledby': 'results-heading' },
      heading,
      h('p', { role: 'status' }, waiting),
    );
  }
  return h(
    'section',
    { class: 'team-results', 'aria-labelledby': 'results-heading' },
    heading,
    h(
      'table',
      { class: 'leaderboard results' },
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
          h('th', { scope: 'col' }, 'Finished'),
        ),
      ),
      h(
        'tbody',
        {},
        ...results.map((r) =>
          h(
            'tr',
            { class: r.mine ? 'mine' : '' },
            h('td', {}, String(r.rank)),
            h('th', { scope: 'row' }, r.name, r.mine ? ' (your team)' : ''),
            h('td', {}, `${r.overall}%`),
            h('td', {}, r.finished ? 'yes' : 'no'),
          ),
        ),
      ),
    ),
  );
}

/** The team's own debrief: the same view-model as the main game, without replays (the round is shared). */
export function renderTeamDebrief(
  root: HTMLElement,
  team: string,
  view: DebriefView,
  finished: boolean,
  results: HTMLElement,
): void {
  const heading = h('h1', { id: 'debrief-heading', tabindex: '-1' }, `Debrief: ${view.storyTitle}`);
  root.replaceChildren(
    h(
      'section',
      { class: 'screen debrief team-debrief', 'aria-labelledby': 'debrief-heading' },
      heading,
      h('p', { class: 'team-banner' }, `Team ${team}`),
      finished
        ? h('p', { class: 'ending-reached' }, 'Ending reached: ', h('strong', {}, view.ending))
        : h(
            'p',
            { class: 'ending-reached' },
            `The round closed after ${view.decisions.length} of your team’s decisions.`,
          ),
      h(
        'p',
        { class: 'overall' },
        'Overall serving score: ',
        h('strong', {}, view.overall.display),
        ` (${view.overall.points} of the ${view.overall.best} points the best-serving path earns)`,
      ),
      verdictSection(view.verdict),
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
            h('th', { scope: 'col', class: 'means' }, 'What it means'),
          ),
        ),
        h(
          'tbody',
          {},
          ...view.qualities.map((q) =>
            h(
              'tr',
              { class: q.percent === null ? 'not-practised' : '' },
              h('th', { scope: 'row' }, q.label),
              h('td', {}, q.display),
              h('td', { class: 'means' }, q.means),
            ),
          ),
        ),
      ),
      results,
      h('h2', {}, 'Key moments'),
      h('ol', { class: 'decisions', 'aria-label': 'Key moments' }, ...view.decisions.map(moment)),
    ),
  );
  heading.focus();
}
