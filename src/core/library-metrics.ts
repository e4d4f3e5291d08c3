import type { CompiledStory } from './compiled-story.ts';
import { debriefOf } from './debrief.ts';
import type { Exploration } from './explore.ts';
import { decisionTree } from './decision-tree.ts';
import { Encounter } from './encounter.ts';
import { routeTree } from './route-graph.ts';
import { QUALITY_IDS, type QualityId } from './qualities.ts';
import { storyMetrics, variablesRead, type StoryMetrics } from './story-metrics.ts';

export interface StoryRow extends Omit<StoryMetrics, 'worstPaths'> {
  id: string;
  /** Does the debrief's verdict say a worst-scoring path left the customer better off? */
  worstBetterOff: boolean;
  /** Qualities some path earns points in (not only loses). */
  earnable: QualityId[];
  minDecisions: number;
  endings: number;
  variables: string[];
  /** The walk stopped at its budget: figures cover the routes walked. */
  cut: boolean;
}

export interface LibraryMetrics {
  stories: StoryRow[];
  /** In how many stories each quality can be earned. */
  earnableIn: Record<QualityId, number>;
  decisions: number;
  modelCostShare: number;
  modelLongestShare: number;
  choiceWords: number;
  /** Stories where never taking a minus scores under 85%. */
  noMinusUnder85: number;
  /** Stories where the locally best choice at every decision misses the best total. */
  greedyMisses: number;
  /** Stories whose ink variables are read back. */
  withVariables: number;
}

/** The verdict's own answer, replayed through the engine: did this path leave the customer better off? */
function betterOff(story: CompiledStory, path: readonly number[]): boolean {
  const replay = Encounter.resume(story.json, path, { seed: 0 });
  return replay.ok && debriefOf(story, replay.value).verdict.test.betterOff;
}

export function storyRow(story: CompiledStory, x: Exploration): StoryRow {
  const tree = x.routes ? routeTree(x.routes) : decisionTree(story.json);
  const { worstPaths, ...metrics } = storyMetrics(tree);
  const json = story.json;
  return {
    id: story.id,
    ...metrics,
    worstBetterOff: worstPaths.some((p) => betterOff(story, p)),
    earnable: QUALITY_IDS.filter((q) => x.ranges.max[q] > 0),
    minDecisions: x.decisions.min,
    endings: Object.keys(x.endings).length,
    variables: variablesRead(json),
    cut: tree.cut || !x.exact,
  };
}

export function libraryMetrics(stories: StoryRow[]): LibraryMetrics {
  const decisions = stories.reduce((s, r) => s + r.decisions, 0);
  const share = (n: number) => (decisions ? n / decisions : 0);
  const texts = stories.reduce((s, r) => s + r.choiceWords * r.decisions, 0);
  return {
    stories,
    earnableIn: Object.fromEntries(
      QUALITY_IDS.map((q) => [q, stories.filter((r) => r.earnable.includes(q)).length]),
    ) as Record<QualityId, number>,
    decisions,
    modelCostShare: share(stories.reduce((s, r) => s + r.modelCosts, 0)),
    modelLongestShare: share(stories.reduce((s, r) => s + r.modelLongest, 0)),
    // Weighted by decisions, so a long story counts for what it asks of the learner.
    choiceWords: decisions ? Math.round((texts / decisions) * 10) / 10 : 0,
    noMinusUnder85: stories.filter((r) => r.noMinusPercent < 85).length,
    greedyMisses: stories.filter((r) => !r.greedyIsBest).length,
    withVariables: stories.filter((r) => r.variables.length > 0).length,
  };
}

/** One library goal of issue 14, with whether it holds and what was measured. */
export interface LibraryGoal {
  goal: string;
  holds: boolean;
  measured: string;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

export function libraryGoals(m: LibraryMetrics): LibraryGoal[] {
  const n = m.stories.length;
  const fewest = Math.min(...QUALITY_IDS.map((q) => m.earnableIn[q]));
  const list = (rows: StoryRow[]) => rows.map((r) => r.id).join(', ') || 'none';
  const shortPaths = m.stories.filter((r) => r.minDecisions < 6);
  const fewEndings = m.stories.filter((r) => r.endings < 3);
  const cheapBest = m.stories.filter((r) => r.bestEndingFloor < 50);
  const worstBetter = m.stories.filter((r) => r.worstBetterOff);
  return [
    { goal: 'at least 18 stories', holds: n >= 18, measured: `${n}` },
    {
      goal: 'every quality earnable in 4 or more stories',
      holds: fewest >= 4,
      measured: `fewest ${fewest}`,
    },
    {
      goal: 'every path 6 or more decisions',
      holds: !shortPaths.length,
      measured: `short: ${list(shortPaths)}`,
    },
    {
      goal: '3 or more endings in each story',
      holds: !fewEndings.length,
      measured: `fewer: ${list(fewEndings)}`,
    },
    {
      goal: 'model answer carries a cost in 35%+ of decisions',
      holds: m.modelCostShare >= 0.35,
      measured: pct(m.modelCostShare),
    },
    {
      goal: '"never a minus" under 85% in 3/4 of stories',
      holds: m.noMinusUnder85 * 4 >= n * 3,
      measured: `${m.noMinusUnder85} of ${n}`,
    },
    {
      goal: 'greedy play misses the best total in 5+ stories',
      holds: m.greedyMisses >= 5,
      measured: `${m.greedyMisses}`,
    },
    {
      goal: 'best ending never reached below 50%',
      holds: !cheapBest.length,
      measured: `reached lower: ${list(cheapBest)}`,
    },
    {
      goal: "worst path's customer never better off",
      holds: !worstBetter.length,
      measured: `better off: ${list(worstBetter)}`,
    },
    {
      goal: '12+ stories read ink variables',
      holds: m.withVariables >= 12,
      measured: `${m.withVariables}`,
    },
    {
      goal: 'model answer the longest in 40% or fewer',
      holds: m.modelLongestShare <= 0.4,
      measured: pct(m.modelLongestShare),
    },
    {
      goal: 'choices average 15 words or fewer',
      holds: m.choiceWords <= 15,
      measured: `${m.choiceWords}`,
    },
  ];
}
