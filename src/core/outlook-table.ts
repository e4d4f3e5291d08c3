import { outlooksAtNode } from './explore.ts';
import { scoreGraph, type GraphScores } from './graph-scores.ts';
import type { GraphReads } from './graph-reads.ts';
import { modelAnswers, type Outlook } from './key-moments.ts';
import { drawsRandom, worldOf } from './luck-cache.ts';
import { StateGraphBuilder, type ExploreBudget } from './state-graph.ts';
import { StoryStepper } from './story-stepper.ts';

/** The table's bound: story states and ink steps only, never the clock, so every machine agrees. */
export const OUTLOOK_BUDGET: ExploreBudget = { maxStates: 20_000, maxSteps: 250_000 };

/**
 * Route-aware model answers for many plays of one story at the cost of one exploration: the whole
 * state graph is explored once from the start, and the outlook at any route is read off the node
 * that route's story state maps to. Exploring from each route instead costs one exploration per
 * decision per play, which a workshop of thirty teams cannot afford at the reveal.
 *
 * The bound is counted in work, not time, so a loaded machine gives the same answers as an idle
 * one. Where the bound cut the exploration (or a loop farms points) the outlooks are read off the
 * part explored and every option is marked `exact: false`: the debrief says "approximate".
 *
 * A random story is read per seed instead: the graph of the routes that seed's rolls allow (see
 * luck.ts), so the model answers after a roll start the best route of the luck the play met, and
 * following them reads 100%.
 */
export class OutlookTable {
  private readonly builder: StateGraphBuilder;
  private scores: GraphScores | undefined;
  private readonly random: boolean;

  /**
   * `reads`: where the exploration records the beat read along each edge, so that plays of a story
   * without randomness walk the graph instead of stepping ink (graph-reads.ts).
   */
  constructor(
    private readonly json: string,
    private readonly budget: ExploreBudget = OUTLOOK_BUDGET,
    reads?: GraphReads,
  ) {
    this.builder = new StateGraphBuilder(json, 0, budget);
    this.random = drawsRandom(json);
    if (reads && !this.random) this.builder.reads = reads;
  }

  /** Explores up to `work` more steps, so a caller can spread the work; true once done. */
  advance(work?: number): boolean {
    if (this.scores) return true;
    // A random story's table is one graph per seed, explored when a play with it is read.
    if (this.random) {
      this.scores = scoreGraph(this.builder); // never advanced: each seed has its own graph
      return true;
    }
    const finished = this.builder.advance(work);
    if (finished) this.scores = scoreGraph(this.builder);
    return finished;
  }

  /** Whether the exploration has finished (completely or cut by its bound). */
  get ready(): boolean {
    return this.scores !== undefined;
  }

  /** Ink steps the exploration took so far: the only work the table ever does. */
  get steps(): number {
    return this.builder.steps;
  }

  /** False when the bound cut the exploration or a loop farms points: outlooks are approximate. */
  get exact(): boolean {
    this.advance();
    return this.builder.cut === undefined && this.scores!.farmed.length === 0;
  }

  /**
   * The outlook of each option at the decision `route` leads to with `seed`; undefined where the
   * route leaves the story or reaches a state the exploration did not meet (cut short).
   */
  at(seed: number, route: readonly number[]): Outlook | undefined {
    const stepper = this.replay(seed, route);
    return stepper ? this.outlookOf(seed, stepper.save()) : undefined;
  }

  /**
   * The indices of the model answers at the decision `route` leads to (every option from which the
   * best total is still reachable), as the debrief names them; undefined unless the outlook there
   * is exact: an LMS records them as the correct responses, so they must not be a guess.
   */
  modelAnswersAt(seed: number, route: readonly number[]): number[] | undefined {
    const stepper = this.replay(seed, route);
    const outlook = stepper && this.outlookOf(seed, stepper.save());
    if (!stepper || !outlook || !outlook.every((o) => o.exact)) return undefined;
    return modelAnswers(stepper.read().choices, outlook).best.map((o) => o.index);
  }

  /** For each decision along `path`, the outlook given the choices before it, in one replay. */
  along(seed: number, path: readonly number[]): (Outlook | undefined)[] {
    const found: (Outlook | undefined)[] = [];
    this.replay(seed, path, (state) => found.push(this.outlookOf(seed, state)));
    return found;
  }

  /** Plays `path`, telling `atDecision` each decision's state; undefined where it leaves the story. */
  private replay(
    seed: number,
    path: readonly number[],
    atDecision: (state: string) => void = () => {},
  ): StoryStepper | undefined {
    const stepper = new StoryStepper(this.json, seed, () => {});
    let beat = stepper.read();
    for (const index of path) {
      if (beat.ended || !beat.choices.some((c) => c.index === index)) return undefined;
      atDecision(stepper.save());
      stepper.choose(index);
      beat = stepper.read();
    }
    return beat.ended ? undefined : stepper;
  }

  /** The graph a play with `seed` is read on: the story's, or in a random story that seed's. */
  private graphFor(seed: number): {
    graph: StateGraphBuilder;
    scores: GraphScores;
    exact: boolean;
  } {
    if (!this.random) {
      const exact = this.exact; // finishes the exploration first
      return { graph: this.builder, scores: this.scores!, exact };
    }
    // Kept with every other seed's world (luck-cache.ts): the debrief reads the same one.
    const world = worldOf(this.json, seed, this.budget);
    return { ...world, exact: world.ranges.exact };
  }

  private outlookOf(seed: number, state: string): Outlook | undefined {
    const { graph, scores, exact } = this.graphFor(seed);
    const id = graph.nodeOf(state);
    const kind = id === undefined ? undefined : graph.nodes[id]?.kind;
    if (id === undefined || (kind !== 'decision' && kind !== 'open')) return undefined;
    return outlooksAtNode(graph, scores, id, exact).map((o) => ({
      index: o.index,
      bestTotal: o.bestTotal,
      exact: o.exact,
    }));
  }
}
