import type { Beat, RuntimeProblem } from './beat.ts';
import { endingOf } from './beat-reader.ts';
import { DEFAULT_BUDGET, type ExploreBudget } from './explore-budget.ts';
import type { GraphNode, StateGraph } from './graph-node.ts';
import type { GraphReads } from './graph-reads.ts';
import { analyseInkFlow, type InkFlow } from './ink-flow.ts';
import { LuckTape } from './luck-tape.ts';
import { saved, type Saved } from './saved-state.ts';
import { stateKey, stateKeyOf } from './state-key.ts';
import { FlowMemo } from './flow-memo.ts';
import { SegmentMemo, stateAfter } from './segment-memo.ts';
import { StoryStepper } from './story-stepper.ts';

export { DEFAULT_BUDGET, type ExploreBudget } from './explore-budget.ts';
export type { GraphEdge, GraphNode, NodeKind, StateGraph } from './graph-node.ts';

/** Said, as an error, where the explorer could not take a draw's outcomes itself (luck-hook.ts). */
const HOOK_MISSED: RuntimeProblem = {
  severity: 'error',
  message:
    'the checker could not follow a random draw over its outcomes (inkjs may have changed how it draws): ranges are not exact',
};

/**
 * Builds a story's state graph by depth-first search from its start (or from a saved state),
 * stepping only through StoryStepper. Each decision state is expanded once however many routes
 * reach it; going depth first finds complete paths early, should a bound cut in. Call `advance`
 * until it returns true; between calls the caller may yield or give up.
 */
export class StateGraphBuilder implements StateGraph {
  readonly nodes: GraphNode[] = [{ kind: 'start', options: [], edges: [] }];
  cut?: string;
  approximate?: string;
  steps = 0;
  readonly problems: RuntimeProblem[] = [];
  readonly flow: InkFlow;
  private readonly ids = new Map<string, number>();
  private readonly states = new Map<number, Saved>();
  private readonly stack: number[] = [0];
  private readonly seen = new Set<string>();
  private stepper: StoryStepper;
  /** The outcomes taken at random draws, unless the story draws none or `seed` is followed. */
  private readonly luck?: LuckTape;
  /**
   * With every outcome taken: whether some draw's outcomes led on to different states, so luck
   * can change a route. Undefined where no outcome is branched over.
   */
  steered?: boolean;
  readonly drawSites = new Map<string, string[]>();
  private readonly budget: Required<Omit<ExploreBudget, 'memoise'>>;
  /** Time spent exploring in earlier slices, and when the slice under way began. */
  private spent = 0;
  private sliceStart: number | undefined;
  /** Problems reported so far, repeats included. */
  private reported = 0;
  /** Where the beat read along each edge is recorded for plays to walk (a story without luck). */
  reads?: GraphReads;
  /** Stretches of story already played; off where random outcomes or turn counts are in play. */
  private readonly memo?: SegmentMemo;
  /** Stretches by the route their conditions took (with `memo` only). */
  private readonly flows = new FlowMemo();

  constructor(
    private readonly json: string,
    private readonly seed = 0,
    budget: ExploreBudget = {},
    start?: string,
    /**
     * Follow `seed` through every random outcome, as one play with that seed meets them, instead
     * of branching over every outcome: ink draws RANDOM() from storySeed and previousRandom, and a
     * shuffle from storySeed and the sequence's visit count, all kept in the saved state.
     */
    private readonly followSeed = false,
  ) {
    this.budget = { ...DEFAULT_BUDGET, now: () => Date.now(), ...budget };
    this.flow = analyseInkFlow(json);
    if (budget.memoise !== false && !this.flow.random && !this.flow.readsTurns)
      this.memo = new SegmentMemo();
    if (this.flow.random && !followSeed) {
      this.luck = new LuckTape(this.flow.forgettable, this.budget.maxOutcomes);
      this.steered = false;
    }
    this.stepper = this.newStepper();
    this.states.set(0, saved(start ?? this.stepper.save()));
  }

  private newStepper(): StoryStepper {
    return new StoryStepper(this.json, this.seed, (p) => this.report(p), undefined, this.luck);
  }

  private report(p: RuntimeProblem): void {
    this.reported += 1;
    const key = `${p.message}|${p.near ?? ''}|${p.knot ?? ''}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.problems.push(p);
    }
  }

  /**
   * Expands up to `work` more steps; true once the graph is complete or a bound cut it. Only the
   * time spent in here counts toward the time bound: a page or server that explores in slices
   * between other work must not find its exploration cut by the waits between slices.
   */
  advance(work = Infinity): boolean {
    this.sliceStart = this.budget.now();
    try {
      return this.expand(work);
    } finally {
      this.spent += this.budget.now() - this.sliceStart;
      this.sliceStart = undefined;
    }
  }

  private expand(work: number): boolean {
    const stopAt = this.steps + work;
    while (this.stack.length > 0) {
      if (this.outOfBudget()) return true;
      if (this.steps >= stopAt) return false;
      const id = this.stack.pop()!;
      const state = this.states.get(id)!;
      this.states.delete(id);
      const node = this.nodes[id]!;
      const options = node.kind === 'start' ? [-1] : node.options.map((o) => o.index);
      for (const option of options) {
        for (const to of this.outcomes(state, option, id)) {
          if (!node.edges.some((e) => e.option === option && e.to === to))
            node.edges.push({ option, to });
        }
      }
    }
    return true;
  }

  /** The decision node for a saved story state, if exploration has met that state. */
  nodeOf(state: string): number | undefined {
    return this.ids.get(stateKey(state, this.flow, this.followSeed));
  }

  private outOfBudget(): boolean {
    if (this.cut) return true;
    const { maxSteps, timeMs, now } = this.budget;
    if (this.steps >= maxSteps)
      this.cut = `its step bound (${maxSteps.toLocaleString('en')} steps)`;
    else if (this.spent + now() - (this.sliceStart ?? now()) > timeMs)
      this.cut = `its time bound (${(timeMs / 1000).toFixed(1)} s)`;
    if (this.cut) for (const id of this.stack) this.markOpen(id);
    return this.cut !== undefined;
  }

  private markOpen(id: number): void {
    const node = this.nodes[id]!;
    if (node.kind === 'decision' && node.edges.length === 0) node.kind = 'open';
    this.states.delete(id);
  }

  /**
   * The nodes reached by taking `option` from `state`: one, or one per combination of outcomes of
   * the random draws on the way (each element a shuffle can still pick, each number RANDOM() can
   * give), each combination played as its own step.
   */
  private outcomes(state: Saved, option: number, from: number): number[] {
    const luck = this.luck;
    if (!luck) return [this.step(state, option, from)];
    const found: number[] = [];
    luck.reset();
    do {
      const stepper = this.stepper;
      const to = this.step(state, option, from);
      if (stepper.drewByItself) this.report(HOOK_MISSED);
      if (!found.includes(to)) found.push(to);
      // A stretch that stalled (a loop without a choice, drawing as it goes) is reported once,
      // not once per combination of its endless draws; the other outcomes are still taken.
      if (stepper !== this.stepper && luck.settle())
        this.approximate ??=
          'a loop without a choice that draws at random (not every outcome taken)';
    } while (luck.next() && !this.outOfBudget());
    if (found.length > 1) {
      this.steered = true;
      this.drawSites.set(`${from}|${option}`, [...luck.sites]);
    }
    if (luck.sampled)
      this.approximate ??= `a random draw over more than ${luck.maxOutcomes.toLocaleString('en')} outcomes (that many taken, spread over its range)`;
    return found;
  }

  /** Plays `option` from `state`, or replays a stretch already played from the same place. */
  private play(state: Saved, option: number): { beat: Beat; after?: Saved } {
    if (!this.memo) {
      this.stepper.loadParsed(state.obj);
      if (option >= 0) this.stepper.choose(option);
      const beat = this.stepper.read();
      return beat.ended ? { beat } : { beat, after: saved(this.stepper.save()) };
    }
    const place = `${option}|${state.place}`;
    const known = this.memo.find(place, state.obj);
    const flowed = known ? undefined : this.flows.find(place, state.obj);
    if (flowed) return flowed;
    if (known) {
      if (!known.after || known.afterPlace === undefined) return { beat: known.beat };
      return {
        beat: known.beat,
        after: { obj: stateAfter(known, state.obj), place: known.afterPlace },
      };
    }
    this.stepper.loadParsed(state.obj);
    const { beat, reads, tape } = this.stepper.tracedStep(option);
    if (beat.stalled) return { beat };
    if (beat.ended) {
      if (tape) this.flows.remember(place, state.obj, reads, tape, beat);
      else this.memo.remember(place, state.obj, reads, beat);
      return { beat };
    }
    const after = saved(this.stepper.save());
    this.memo.remember(place, state.obj, reads, beat, after);
    if (tape) this.flows.remember(place, state.obj, reads, tape, beat, after);
    return { beat, after };
  }

  private step(state: Saved, option: number, from: number): number {
    const reported = this.reported;
    const { to, beat } = this.stepTo(state, option, from);
    // Shared only while no read has reported a problem: a replayed stretch reports nothing again.
    const reads = this.reads;
    if (reads && (this.reported !== reported || this.problems.length > 0)) reads.close();
    else if (reads && beat && !this.flow.random) reads.record(from, option, to, beat);
    return to;
  }

  private stepTo(state: Saved, option: number, from: number): { to: number; beat?: Beat } {
    this.steps++;
    let played: { beat: Beat; after?: Saved };
    try {
      played = this.play(state, option);
    } catch (err) {
      this.report({ severity: 'error', message: `ink stopped: ${(err as Error).message}` });
      played = { beat: { lines: [], choices: [], ended: true, stalled: 'spin' } };
    }
    const { beat } = played;
    const lastLine = beat.lines[beat.lines.length - 1]?.text ?? '';
    if (beat.stalled) {
      // A Story stopped in the middle of a Continue cannot be trusted again: start a fresh one.
      this.stepper = this.newStepper();
      const key = `stall:${beat.stalled}:${lastLine}`;
      return { to: this.node(key, { kind: 'stalled', lastLine }, from, option) };
    }
    if (beat.ended || !played.after) {
      const ending = endingOf(beat);
      const key = ending ? `end:${ending}` : `dead:${lastLine}`;
      const to = this.node(
        key,
        { kind: 'end', lastLine, ...(ending ? { ending } : {}) },
        from,
        option,
      );
      return { to, beat };
    }
    const key = stateKeyOf(played.after.obj, this.flow, this.followSeed, played.after.place);
    const known = this.ids.get(key);
    if (known !== undefined) return { to: known, beat };
    const id = this.node(key, { kind: 'decision', options: beat.choices }, from, option);
    if (this.nodes.length > this.budget.maxStates) {
      this.cut ??= `its state bound (${this.budget.maxStates.toLocaleString('en')} states)`;
      this.nodes[id]!.kind = 'open';
    } else {
      this.states.set(id, played.after);
      this.stack.push(id);
    }
    return { to: id, beat };
  }

  private node(key: string, init: Partial<GraphNode>, from: number, option: number): number {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.nodes.length;
    this.nodes.push({ kind: 'end', options: [], edges: [], ...init, from: { node: from, option } });
    this.ids.set(key, id);
    return id;
  }
}
