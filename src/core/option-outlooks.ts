import { analyseInkFlow } from './ink-flow.ts';
import { scoreGraph, type GraphScores, type Outlook } from './graph-scores.ts';
import { StateGraphBuilder, type ExploreBudget, type StateGraph } from './state-graph.ts';
import { StoryStepper } from './story-stepper.ts';

export interface OptionOutlook {
  index: number;
  /** Sum of choice tags from this decision (this option included) to the end, best continuation. */
  bestTotal: number;
  worstTotal: number;
  exact: boolean;
}

/**
 * For the decision reached by playing `path` with `seed`: what each option still allows. The model
 * answer is the options with the largest `bestTotal`. In a random story only the rolls `seed` makes
 * count, as in the debrief's reading basis (luck.ts): the learner's luck, not every outcome.
 */
export function optionOutlooks(
  json: string,
  seed: number,
  path: readonly number[],
  budget: ExploreBudget = {},
): OptionOutlook[] {
  const stepper = new StoryStepper(json, seed, () => {});
  stepper.read();
  for (const index of path) {
    stepper.choose(index);
    stepper.read();
  }
  const followSeed = analyseInkFlow(json).random;
  const builder = new StateGraphBuilder(json, seed, budget, stepper.save(), followSeed);
  builder.advance();
  const s = scoreGraph(builder);
  const exact = builder.cut === undefined && s.farmed.length === 0;
  const start = builder.nodes[0]!.edges[0]?.to ?? 0;
  return outlooksAtNode(builder, s, start, exact);
}

/** What each option of one decision node of a scored graph still allows. */
export function outlooksAtNode(
  graph: StateGraph,
  s: GraphScores,
  id: number,
  exact: boolean,
): OptionOutlook[] {
  const node = graph.nodes[id]!;
  return node.options.map((option) => {
    const own = option.effects.reduce((sum, e) => sum + e.amount, 0);
    const ahead = node.edges
      .filter((e) => e.option === option.index)
      .map((e) => s.outlooks[s.componentOf[e.to]!])
      .filter((o): o is Outlook => o !== undefined);
    if (ahead.length === 0)
      return { index: option.index, bestTotal: own, worstTotal: own, exact: false };
    return {
      index: option.index,
      bestTotal: own + Math.max(...ahead.map((o) => o.maxTotal)),
      worstTotal: own + Math.min(...ahead.map((o) => o.minTotal)),
      exact,
    };
  });
}
