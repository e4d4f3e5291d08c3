import type { ChoiceEffect } from './beat.ts';
import type { GraphScores } from './graph-scores.ts';
import { effectsOf } from './graph-scores.ts';
import type { QualityId } from './qualities.ts';
import type { StateGraph } from './state-graph.ts';

/*
 * A random story explored over every outcome is a game between the learner, who picks an option
 * at each decision, and luck, which picks the outcome of the draws on the way to the next one (an
 * option with several edges in the state graph). This solves it on the graph: per node, the most
 * a learner can be sure of whatever luck does (max over options of min over outcomes), and the
 * least a careless learner can be held to (min over options of max over outcomes).
 *
 * As in graph-scores.ts, an edge inside a loop counts as if never gone round. Inside a loop luck
 * is taken to be fair: an outcome that sends the learner round again cannot come up for ever (a
 * "try again" roll is eventually won), while the learner must still leave for an end. That is
 * almost-sure reachability, solved per loop by trying each exit value as a threshold.
 */

/** An objective's payoff of one option: the total (`quality` undefined) or one quality's. */
const payoff = (effects: readonly ChoiceEffect[], quality?: QualityId) =>
  effects.reduce((s, e) => s + (quality === undefined || e.quality === quality ? e.amount : 0), 0);

/** A node's options, each with its payoff and its outcomes (the nodes its draws can lead to). */
interface Move {
  pay: number;
  to: number[];
}

/** The graph read once for every objective: each node's options and each component's members. */
export interface LuckBoard {
  g: StateGraph;
  componentOf: Int32Array;
  members: number[][];
  /** Per node, each option taken from it: its effects and every node its outcomes lead to. */
  options: { effects: readonly ChoiceEffect[]; to: number[] }[][];
  /** Per component: whether an edge stays inside it (a loop). */
  looped: boolean[];
}

export function luckBoard(g: StateGraph, s: GraphScores): LuckBoard {
  const members: number[][] = Array.from({ length: s.outlooks.length }, () => []);
  const looped = members.map(() => false);
  const options = g.nodes.map((node, u) => {
    members[s.componentOf[u]!]!.push(u);
    const byOption = new Map<number, { effects: readonly ChoiceEffect[]; to: number[] }>();
    for (const e of node.edges) {
      if (s.componentOf[e.to] === s.componentOf[u]) looped[s.componentOf[u]!] = true;
      const known = byOption.get(e.option);
      if (known) known.to.push(e.to);
      else byOption.set(e.option, { effects: effectsOf(g, e, u), to: [e.to] });
    }
    return [...byOption.values()];
  });
  return { g, componentOf: s.componentOf, members, options, looped };
}

/** Work (edge visits) one solve may take before it gives the loop luck's favourable value. */
export const LUCK_WORK = 20_000_000;

export interface SureValues {
  /**
   * Per node: the signed objective a learner can be sure of; NaN where neither an end nor a
   * stall can be reached (a stall counts as the story stopping there).
   */
  value: Float64Array;
  /** Set when a loop was too large to solve within `LUCK_WORK`. */
  cut?: string;
}

/**
 * Per node, the most of `sign` × the objective a learner can be sure of whatever luck does. With
 * sign −1 that is minus the least a learner who plays badly can be held to.
 */
export function sureValues(b: LuckBoard, sign: 1 | -1, quality?: QualityId): SureValues {
  const value = new Float64Array(b.g.nodes.length).fill(NaN);
  let work = 0;
  let cut: string | undefined;
  // Components are numbered sinks first: every exit leads to a component already solved.
  for (let c = 0; c < b.members.length; c++) {
    const ms = b.members[c]!;
    if (!b.looped[c]) {
      // One node, every option leaving it: the best option, luck taking its worst outcome.
      const u = ms[0]!;
      // A draw that stalls the story (a loop without a choice) stops it where it stands: nothing
      // more is earned, so luck can pick it like any other outcome rather than have it skipped.
      const kind = b.g.nodes[u]!.kind;
      if (kind === 'end' || kind === 'stalled') value[u] = 0;
      for (const o of b.options[u]!) {
        const pay = sign * payoff(o.effects, quality);
        let worst = NaN;
        for (const v of o.to) {
          const x = pay + value[v]!;
          if (!Number.isNaN(x) && !(x >= worst)) worst = x;
        }
        work += o.to.length;
        if (!Number.isNaN(worst) && !(worst <= value[u]!)) value[u] = worst;
      }
      continue;
    }
    const inside = (v: number) => b.componentOf[v] === c;
    const moves: Move[][] = ms.map((u) =>
      b.options[u]!.map((o) => ({ pay: sign * payoff(o.effects, quality), to: o.to })),
    );
    work += moves.reduce((w, ns) => w + ns.reduce((x, m) => x + m.to.length, 0), 0);
    // What an option is worth leaving the loop, luck doing its worst; undefined if it stays in.
    const exitWorth = (m: Move): number | undefined => {
      let worst = Infinity;
      let out = false;
      for (const v of m.to) {
        if (inside(v)) continue;
        if (Number.isNaN(value[v]!)) continue;
        out = true;
        worst = Math.min(worst, m.pay + value[v]!);
      }
      return out ? worst : undefined;
    };
    // Luck can keep the learner in the loop only through an option with an outcome inside and
    // one outside; without such an option every member reaches every exit by choice alone.
    const mixed = moves.some((ns) =>
      ns.some((m) => m.to.length > 1 && m.to.some(inside) && m.to.some((v) => !inside(v))),
    );
    const solved = mixed && work <= LUCK_WORK;
    const spent = solved ? solveLoop(ms, moves, inside, exitWorth, value, LUCK_WORK - work) : 0;
    if (spent !== undefined) work += spent;
    if (!solved || spent === undefined) {
      // Cut: a loop gets its best exit, luck at its worst on that exit, as if the learner could
      // always reach it: an upper bound on what they can be sure of.
      if (mixed) cut ??= `its luck bound (${LUCK_WORK.toLocaleString('en')} steps)`;
      let best = NaN;
      for (const ns of moves)
        for (const m of ns) {
          const w = exitWorth(m);
          if (w !== undefined && !(w <= best)) best = w;
        }
      for (const u of ms) value[u] = best;
    }
  }
  return { value, ...(cut ? { cut } : {}) };
}

/**
 * One loop with luck inside it: for each exit value t, from the highest, the members from which
 * the learner can be sure to leave with at least t (fair luck) are those of the largest set W
 * where every member has an option that stays in W or leaves with t or more, whatever luck does,
 * and from which such options lead out with some luck. Returns the work done, or undefined
 * (values left unset) once it would pass `budget`.
 */
function solveLoop(
  ms: number[],
  moves: Move[][],
  inside: (v: number) => boolean,
  exitWorth: (m: Move) => number | undefined,
  value: Float64Array,
  budget: number,
): number | undefined {
  const worths = moves.map((ns) => ns.map(exitWorth));
  const thresholds = [...new Set(worths.flat().filter((w) => w !== undefined))].sort(
    (a, b) => b - a,
  );
  const index = new Map(ms.map((u, i) => [u, i]));
  let work = 0;
  let left = ms.length;
  for (const t of thresholds) {
    if (left === 0) break;
    let w = new Set(ms.map((_, i) => i));
    for (;;) {
      // Options safe in W: every outcome inside stays in W, every one outside is worth t or more.
      const safe = (i: number, k: number) => {
        const m = moves[i]![k]!;
        const worth = worths[i]![k];
        return (
          (worth === undefined || worth >= t) &&
          m.to.every((v) => !inside(v) || w.has(index.get(v)!))
        );
      };
      const reach = new Set<number>();
      for (let grew = true; grew; ) {
        grew = false;
        for (const i of w) {
          if (reach.has(i)) continue;
          work += moves[i]!.length;
          if (work > budget) {
            for (const u of ms) value[u] = NaN;
            return undefined;
          }
          const ok = moves[i]!.some(
            (m, k) =>
              safe(i, k) &&
              (worths[i]![k] !== undefined ||
                m.to.some((v) => inside(v) && reach.has(index.get(v)!))),
          );
          if (ok) {
            reach.add(i);
            grew = true;
          }
        }
      }
      if (reach.size === w.size) break;
      w = reach;
    }
    for (const i of w) {
      const u = ms[i]!;
      if (Number.isNaN(value[u]!)) {
        value[u] = t;
        left--;
      }
    }
  }
  return work;
}
