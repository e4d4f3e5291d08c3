import { libraryGoals, type LibraryMetrics, type StoryRow } from './library-metrics.ts';
import { QUALITY_IDS } from './qualities.ts';

const pct = (n: number, of: number) => `${of ? Math.round((n / of) * 100) : 0}%`;

function storyLine(r: StoryRow): string {
  return [
    `  ${r.id}${r.cut ? ' (walk cut at its budget)' : ''}:`,
    `${r.earnable.length} qualities, ${r.minDecisions}+ decisions, ${r.endings} endings;`,
    `model costs ${pct(r.modelCosts, r.decisions)}, longest ${pct(r.modelLongest, r.decisions)};`,
    `never-a-minus ${r.noMinusPercent}%; greedy ${r.greedyIsBest ? 'gets' : 'misses'} the best;`,
    `best ending from ${r.bestEndingFloor}%; worst path ${r.worstBetterOff ? 'BETTER OFF' : 'not better off'};`,
    `variables ${r.variables.join(' ') || 'none'}; ${r.choiceWords} words a choice`,
  ].join(' ');
}

/** The library's measured shape, per story and as a whole, with each goal of issue 14. */
export function formatLibrary(m: LibraryMetrics): string {
  return [
    '# Library',
    ...m.stories.map(storyLine),
    `earnable in how many stories: ${QUALITY_IDS.map((q) => `${q} ${m.earnableIn[q]}`).join(', ')}`,
    'goals:',
    ...libraryGoals(m).map((g) => `  [${g.holds ? 'x' : ' '}] ${g.goal}: ${g.measured}`),
  ].join('\n');
}
