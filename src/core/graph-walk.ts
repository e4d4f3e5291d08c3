import type { GraphScores } from './graph-scores.ts';
import type { StateGraph } from './state-graph.ts';

/** The options taken from the start to `node`, along the way exploration first reached it. */
export function pathTo(g: StateGraph, node: number): number[] {
  const path: number[] = [];
  for (let at = g.nodes[node]?.from; at; at = g.nodes[at.node]?.from)
    if (at.option >= 0) path.unshift(at.option);
  return path;
}

/** Choice texts along the best (or worst) path, walking loops by their shortest way to the exit. */
export function walk(
  g: StateGraph,
  s: GraphScores,
  start: number,
  pick: 'best' | 'worst',
): string[] {
  const texts: string[] = [];
  let at = start;
  for (let guard = 0; guard <= g.nodes.length && g.nodes[at]?.kind !== 'end'; guard++) {
    const component = s.componentOf[at]!;
    const exit = s.outlooks[component]?.[pick];
    if (!exit) break;
    if (exit.from !== at) texts.push(...insideLoop(g, s, at, exit.from));
    const option = g.nodes[exit.from]?.options[exit.edge.option];
    if (option) texts.push(option.text);
    at = exit.edge.to;
  }
  return texts;
}

function insideLoop(g: StateGraph, s: GraphScores, from: number, to: number): string[] {
  const component = s.componentOf[from];
  const back = new Map<number, { node: number; option: number }>([
    [from, { node: -1, option: -1 }],
  ]);
  const queue = [from];
  while (queue.length && !back.has(to)) {
    const u = queue.shift()!;
    for (const e of g.nodes[u]!.edges) {
      if (s.componentOf[e.to] !== component || back.has(e.to)) continue;
      back.set(e.to, { node: u, option: e.option });
      queue.push(e.to);
    }
  }
  const texts: string[] = [];
  for (let at = to; at !== from; ) {
    const step = back.get(at);
    if (!step || step.node < 0) break;
    texts.unshift(g.nodes[step.node]?.options[step.option]?.text ?? '');
    at = step.node;
  }
  return texts;
}

/** The text of one option of a node ('' when it has none). */
export function firstText(g: StateGraph, node: number, option = 0): string {
  return g.nodes[node]?.options[option]?.text ?? '';
}
