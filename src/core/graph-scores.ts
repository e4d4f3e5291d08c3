import type { ChoiceEffect } from './beat.ts';
import { stronglyConnected } from './graph-components.ts';
import { QUALITY_IDS, zeroScores, type Scores } from './qualities.ts';
import type { GraphEdge, StateGraph } from './state-graph.ts';

/** What the rest of the story can still earn from one state, over every path to an end. */
export interface Outlook {
  max: Scores;
  min: Scores;
  maxTotal: number;
  minTotal: number;
  /** Per-quality max and min among the paths whose total is `maxTotal`. */
  bestMax: Scores;
  bestMin: Scores;
  decisionsMin: number;
  decisionsMax: number;
  /** Complete paths from here, each loop taken at most once. */
  paths: number;
  best: Exit;
  worst: Exit;
}

export interface Exit {
  from: number;
  edge: GraphEdge;
}

export interface GraphScores {
  componentOf: Int32Array;
  /** Per component, sinks first; undefined when no end is reachable from it. */
  outlooks: (Outlook | undefined)[];
  /** Components with an edge back into themselves: loops a learner can go round. */
  loops: Set<number>;
  /** A choice inside a loop, which can still be left for an end, that earns points. */
  farmed: { node: number; option: number }[];
}

export const effectsOf = (g: StateGraph, edge: { option: number }, from: number) =>
  edge.option < 0 ? [] : (g.nodes[from]?.options[edge.option]?.effects ?? []);

const totalOf = (effects: readonly ChoiceEffect[]) => effects.reduce((s, e) => s + e.amount, 0);

function endOutlook(node: number): Outlook {
  const exit = { from: node, edge: { option: -1, to: node } };
  return {
    max: zeroScores(),
    min: zeroScores(),
    maxTotal: 0,
    minTotal: 0,
    bestMax: zeroScores(),
    bestMin: zeroScores(),
    decisionsMin: 0,
    decisionsMax: 0,
    paths: 1,
    best: exit,
    worst: exit,
  };
}

/** One exit edge's view: what taking it and then playing on can earn. */
function through(effects: readonly ChoiceEffect[], rest: Outlook, exit: Exit, decision: number) {
  const o: Outlook = {
    ...rest,
    max: { ...rest.max },
    min: { ...rest.min },
    bestMax: { ...rest.bestMax },
    bestMin: { ...rest.bestMin },
    best: exit,
    worst: exit,
  };
  const t = totalOf(effects);
  for (const { quality, amount } of effects) {
    o.max[quality] += amount;
    o.min[quality] += amount;
    o.bestMax[quality] += amount;
    o.bestMin[quality] += amount;
  }
  o.maxTotal += t;
  o.minTotal += t;
  o.decisionsMin += decision;
  o.decisionsMax += decision;
  return o;
}

function combine(a: Outlook | undefined, b: Outlook): Outlook {
  if (!a) return b;
  for (const q of QUALITY_IDS) {
    a.max[q] = Math.max(a.max[q], b.max[q]);
    a.min[q] = Math.min(a.min[q], b.min[q]);
  }
  if (b.maxTotal > a.maxTotal) {
    a.bestMax = b.bestMax;
    a.bestMin = b.bestMin;
    a.best = b.best;
  } else if (b.maxTotal === a.maxTotal) {
    for (const q of QUALITY_IDS) {
      a.bestMax[q] = Math.max(a.bestMax[q], b.bestMax[q]);
      a.bestMin[q] = Math.min(a.bestMin[q], b.bestMin[q]);
    }
  }
  if (b.minTotal < a.minTotal) a.worst = b.worst;
  a.maxTotal = Math.max(a.maxTotal, b.maxTotal);
  a.minTotal = Math.min(a.minTotal, b.minTotal);
  a.decisionsMin = Math.min(a.decisionsMin, b.decisionsMin);
  a.decisionsMax = Math.max(a.decisionsMax, b.decisionsMax);
  a.paths += b.paths;
  return a;
}

/**
 * `combine(a, through(effects, rest, exit, decision))` without building the edge's outlook when
 * `a` is there already: scoring a graph meets every edge, most of them into a state with an
 * outlook of its own.
 */
function combineThrough(
  a: Outlook | undefined,
  effects: readonly ChoiceEffect[],
  rest: Outlook,
  exit: Exit,
  decision: number,
): Outlook {
  if (!a) return through(effects, rest, exit, decision);
  const d: Partial<Scores> = {};
  for (const { quality, amount } of effects) d[quality] = (d[quality] ?? 0) + amount;
  const t = totalOf(effects);
  for (const q of QUALITY_IDS) {
    const dq = d[q] ?? 0;
    a.max[q] = Math.max(a.max[q], rest.max[q] + dq);
    a.min[q] = Math.min(a.min[q], rest.min[q] + dq);
  }
  const maxTotal = rest.maxTotal + t;
  const minTotal = rest.minTotal + t;
  if (maxTotal > a.maxTotal) {
    const bestMax = { ...rest.bestMax };
    const bestMin = { ...rest.bestMin };
    for (const { quality, amount } of effects) {
      bestMax[quality] += amount;
      bestMin[quality] += amount;
    }
    a.bestMax = bestMax;
    a.bestMin = bestMin;
    a.best = exit;
  } else if (maxTotal === a.maxTotal) {
    for (const q of QUALITY_IDS) {
      const dq = d[q] ?? 0;
      a.bestMax[q] = Math.max(a.bestMax[q], rest.bestMax[q] + dq);
      a.bestMin[q] = Math.min(a.bestMin[q], rest.bestMin[q] + dq);
    }
  }
  if (minTotal < a.minTotal) a.worst = exit;
  a.maxTotal = Math.max(a.maxTotal, maxTotal);
  a.minTotal = Math.min(a.minTotal, minTotal);
  a.decisionsMin = Math.min(a.decisionsMin, rest.decisionsMin + decision);
  a.decisionsMax = Math.max(a.decisionsMax, rest.decisionsMax + decision);
  a.paths += rest.paths;
  return a;
}

/**
 * Exact longest and shortest paths per quality and in total, over the condensation of the state
 * graph. Inside a loop every state reaches every other, so while no choice in the loop scores,
 * all of them share one outlook and the answer is exact. A choice in a loop that earns points is
 * reported in `farmed` (they could be piled up) and the loop is counted as if never gone round;
 * one that only costs points is left out the same way, so `min` ignores going round loops.
 */
export function scoreGraph(g: StateGraph): GraphScores {
  const succ = g.nodes.map((n) => n.edges.map((e) => e.to));
  const { components, componentOf } = stronglyConnected(g.nodes.length, (u) => succ[u]!);
  const outlooks: (Outlook | undefined)[] = [];
  const loops = new Set<number>();
  const farmed: GraphScores['farmed'] = [];
  components.forEach((members, c) => {
    let value: Outlook | undefined;
    const farms: GraphScores['farmed'] = [];
    for (const u of members) {
      const node = g.nodes[u]!;
      if (node.kind === 'end') value = combine(value, endOutlook(u));
      for (const edge of node.edges) {
        const effects = effectsOf(g, edge, u);
        const target = componentOf[edge.to]!;
        if (target === c) {
          loops.add(c);
          if (effects.some((e) => e.amount > 0)) farms.push({ node: u, option: edge.option });
          continue;
        }
        const rest = outlooks[target];
        if (!rest) continue;
        const exit = { from: u, edge };
        value = combineThrough(value, effects, rest, exit, node.kind === 'decision' ? 1 : 0);
      }
    }
    // Piling up points matters only in a loop a learner can still leave for an end.
    if (value) farmed.push(...farms);
    outlooks.push(value);
  });
  return { componentOf, outlooks, loops, farmed };
}
