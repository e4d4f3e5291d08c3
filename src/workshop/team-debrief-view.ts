import type { DebriefView } from '../core/debrief.ts';
import { keyMomentsList } from '../render/dom/debrief-moments.ts';
import { qualitiesTable } from '../render/dom/debrief-qualities.ts';
import { verdictSection } from '../render/dom/debrief-verdict.ts';
import { h } from '../render/dom/h.ts';
import { MOMENTS_HEADING, QUALITIES_HEADING } from '../render/dom/debrief-headings.ts';
import { leftWords, type Verdict } from '../core/verdict.ts';
import { FAILURE_LABELS } from '../core/failure.ts';
import type { Phase } from '../protocol/phases.ts';
import type { ResultRow } from '../protocol/standings.ts';
import type { TeamStep } from '../protocol/team-play.ts';
import { verdictShown, verdictText } from './progress-text.ts';

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
          h('th', { scope: 'col' }, 'Verdict'),
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
            h('td', {}, verdictShown(r, phase) ? verdictText(r.verdict) : 'in play'),
            h('td', {}, r.finished ? 'yes' : 'no'),
          ),
        ),
      ),
    ),
  );
}

/**
 * The team's own verdict in a few words, from its debrief's verdict: "DEAD, worse off: did not
 * listen", said as the verdict section below says how the customer left.
 */
function ownVerdictText(verdict: Verdict): string {
  const left = leftWords(verdict.test);
  if (verdict.served) return `ALIVE, ${left}`;
  return `DEAD, ${left}${verdict.failure ? `: ${FAILURE_LABELS[verdict.failure.kind]}` : ''}`;
}

/**
 * After the reveal, the first thing on the phone: where the team finished among all teams. With
 * the team's debrief, its verdict in the debrief's words; before it comes, as the results say it.
 */
export function rankLine(
  results: readonly ResultRow[] | undefined,
  verdict?: Verdict,
): HTMLElement {
  const mine = results?.find((r) => r.mine);
  if (!results || !mine) return h('p', { class: 'team-rank', hidden: true });
  return h(
    'p',
    { class: 'team-rank' },
    'Your team is ranked ',
    h('strong', {}, `${mine.rank} of ${results.length}`),
    ` with ${mine.overall}%: `,
    h('strong', {}, verdict ? ownVerdictText(verdict) : verdictText(mine.verdict)),
  );
}

/**
 * The server numbers a team's decisions as the facilitator's walk-through does, over every team's
 * decisions: a team that branched sees gaps in the numbers, and is told why.
 */
function numberingNote(view: DebriefView): HTMLElement | null {
  if (view.decisions.every((m, i) => m.number === i + 1)) return null;
  return h(
    'p',
    { class: 'moments-numbering' },
    'Decisions are numbered as in the facilitator’s walk-through of every team’s decisions, so numbers your team did not meet are left out.',
  );
}

/** The team's own debrief: the same view-model as the main game, without replays (the round is shared). */
export function renderTeamDebrief(
  root: HTMLElement,
  team: string,
  view: DebriefView,
  finished: boolean,
  results: HTMLElement,
  rank: HTMLElement,
): void {
  const heading = h('h1', { id: 'debrief-heading', tabindex: '-1' }, `Debrief: ${view.storyTitle}`);
  root.replaceChildren(
    h(
      'section',
      { class: 'screen debrief team-debrief', 'aria-labelledby': 'debrief-heading' },
      heading,
      rank,
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
      h('h2', {}, QUALITIES_HEADING),
      qualitiesTable(view.qualities),
      results,
      h('h2', {}, MOMENTS_HEADING),
      numberingNote(view),
      keyMomentsList(view.decisions, { chooser: 'Your team chose: ' }),
    ),
  );
  heading.focus();
}

/**
 * Puts the exact model answers where approximate ones were shown (the server sends them once its
 * table is ready), leaving the rest of the page, the reader's place and focus as they were.
 */
export function replaceKeyMoments(root: HTMLElement, view: DebriefView): boolean {
  const list = root.querySelector('.team-debrief ol.decisions');
  if (!list) return false;
  list.replaceWith(keyMomentsList(view.decisions, { chooser: 'Your team chose: ' }));
  return true;
}

/**
 * Before the reveal: the team's ending (or how far it got) and what it waits for. Scores,
 * feedback and model answers stay on the server until then, so other teams still playing cannot
 * be told the answers by a finished phone.
 */
export function renderAwaitingDebrief(
  root: HTMLElement,
  team: string,
  title: string,
  play: TeamStep,
  parts: { results: HTMLElement; rank: HTMLElement; revealed: boolean },
): void {
  const heading = h('h1', { id: 'debrief-heading', tabindex: '-1' }, `Debrief: ${title}`);
  // After the reveal the debrief is on its way (the server may still be reading the rolls).
  const waitingFor = parts.revealed
    ? 'How your team served, and what would have served better, is on its way: it shows here in a moment.'
    : 'How your team served, and what would have served better, is shown here once the facilitator reveals the results.';
  root.replaceChildren(
    h(
      'section',
      { class: 'screen debrief team-debrief', 'aria-labelledby': 'debrief-heading' },
      heading,
      parts.rank,
      h('p', { class: 'team-banner' }, `Team ${team}`),
      play.ended
        ? h(
            'p',
            { class: 'ending-reached' },
            'Ending reached: ',
            h('strong', {}, play.ending ?? 'the story ended'),
          )
        : h(
            'p',
            { class: 'ending-reached' },
            'The round closed before your team reached an ending.',
          ),
      h('p', { role: 'status', class: 'debrief-waiting' }, waitingFor),
      parts.results,
    ),
  );
  heading.focus();
}
