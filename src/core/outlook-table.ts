import { outlooksAtNode } from './explore.ts';
import { scoreGraph, type GraphScores } from './graph-scores.ts';
import type { Outlook } from './key-moments.ts';
import { StateGraphBuilder, type ExploreBudget } from './state-graph.ts';
import { StoryStepper } from './story-stepper.ts';

/**
 * Route-aware model answers for many plays of one story at the cost of one exploration: the whole
 * state graph is explored once from the start, and the outlook at any route is read off the node
 * that route's story state maps to. Exploring from each route instead costs one exploration per
 * decision per play, which a workshop of thirty teams cannot afford at the reveal.
 */
export class OutlookTable {
  private readonly builder: StateGraphBuilder;
  private scores: GraphScores | undefined;

  constructor(
    private readonly json: string,
    budget: ExploreBudget = { maxStates: 20_000 },
  ) {
    this.builder = new StateGraphBuilder(json, 0, budget);
  }

  /** Explores up to `work` more steps, so a caller can spread the work; true once done. */
  advance(work?: number): boolean {
    return this.builder.advance(work);
  }

  /**
   * The outlook of each option at the decision `route` leads to with `seed`, exactly as
   * `outlookAt` gives it; undefined where the table cannot say exactly (the exploration was cut,
   * the story can farm points in a loop, or this state was not met), so the caller may fall back.
   */
  at(seed: number, route: readonly number[]): Outlook | undefined {
    if (!this.scores) {
      this.builder.advance();
      this.scores = scoreGraph(this.builder);
    }
    if (this.builder.cut !== undefined || this.scores.farmed.length > 0) return undefined;
    const stepper = new StoryStepper(this.json, seed, () => {});
    let beat = stepper.read();
    for (const index of route) {
      if (beat.ended || !beat.choices.some((c) => c.index === index)) return undefined;
      stepper.choose(index);
      beat = stepper.read();
    }
    if (beat.ended) return undefined;
    const id = this.builder.nodeOf(stepper.save());
    if (id === undefined) return undefined;
    const outlook = outlooksAtNode(this.builder, this.scores, id, true);
    return outlook.every((o) => o.exact) ? outlook : undefined;
  }
}
