import type { ChoicePoint, DeadEnd, Exploration, ScoreRanges, Spot } from './exploration.ts';
import { scoreGraph, type GraphScores } from './graph-scores.ts';
import { firstText, pathTo, walk } from './graph-walk.ts';
import { luckGameOf } from './luck-odds.ts';
import { QUALITY_IDS, zeroScores, type QualityId } from './qualities.ts';
import { routeGraphOf } from './route-graph.ts';
import type { StateGraph } from './state-graph.ts';

/** Qualities some reachable choice scores, and why the figures are approximate, if they are. */
function practisedAndCut(g: StateGraph, s: GraphScores) {
  const practised = new Set<QualityId>();
  let open = 0;
  for (const node of g.nodes) {
    if (node.kind === 'open') open++;
    if (node.kind === 'decision' || node.kind === 'open')
      for (const c of node.options)
        for (const e of c.effects) if (e.amount) practised.add(e.quality);
  }
  const farmed = s.farmed[0];
  const cut =
    g.cut ??
    g.approximate ??
    (open > 0 ? 'its state bound' : undefined) ??
    (farmed
      ? `a loop that repeats the scoring choice '${firstText(g, farmed.node, farmed.option)}'`
      : undefined);
  return { practised: QUALITY_IDS.filter((q) => practised.has(q)), cut };
}

/** What any path through an explored graph can earn, read off its scores. */
export function rangesOf(g: StateGraph, s: GraphScores): ScoreRanges {
  const root = s.outlooks[s.componentOf[0]!];
  const { practised, cut } = practisedAndCut(g, s);
  return {
    max: root ? root.max : zeroScores(),
    min: root ? root.min : zeroScores(),
    maxTotal: root?.maxTotal ?? 0,
    minTotal: root?.minTotal ?? 0,
    practised,
    bestPlay: { min: root ? root.bestMin : zeroScores(), max: root ? root.bestMax : zeroScores() },
    exact: cut === undefined,
    ...(cut ? { cut } : {}),
  };
}

/** Everything an exploration reports, read off its finished (or cut) state graph. */
export function summarise(g: StateGraph): Exploration {
  const s = scoreGraph(g);
  const root = s.outlooks[s.componentOf[0]!];
  const choicePoints = new Map<string, ChoicePoint>();
  const endings: Record<string, number> = {};
  const deadEnds: DeadEnd[] = [];
  const endless: Spot[] = [];
  // Paths into each component, sources first (components are listed sinks first).
  const inflow = new Float64Array(s.outlooks.length);
  inflow[s.componentOf[0]!] = 1;
  for (let u = 0; u < g.nodes.length; u++) {
    const node = g.nodes[u]!;
    if (node.kind === 'decision' || node.kind === 'open') {
      const signature = node.options.map((c) => c.text).join('\u0001');
      if (!choicePoints.has(signature))
        choicePoints.set(signature, {
          options: node.options.map((c) => ({
            text: c.text,
            effects: c.effects,
            feedback: Boolean(c.feedback),
          })),
        });
    }
  }
  const members: number[][] = Array.from({ length: s.outlooks.length }, () => []);
  g.nodes.forEach((_, u) => members[s.componentOf[u]!]!.push(u));
  for (let c = s.outlooks.length - 1; c >= 0; c--) {
    for (const u of members[c]!) {
      const node = g.nodes[u]!;
      for (const e of node.edges) {
        const to = s.componentOf[e.to]!;
        if (to !== c && s.outlooks[to]) inflow[to] = inflow[to]! + inflow[c]!;
      }
      if (node.kind === 'end') {
        if (node.ending) endings[node.ending] = (endings[node.ending] ?? 0) + inflow[c]!;
        else if (deadEnds.length < 20)
          deadEnds.push({ path: pathTo(g, u), lastLine: node.lastLine ?? '' });
      }
    }
    const first = members[c]![0]!;
    if (!g.cut && !s.outlooks[c] && s.loops.has(c) && g.nodes[first]?.kind === 'decision')
      endless.push({ near: firstText(g, first), path: pathTo(g, first) });
  }
  const farmed: Spot[] = [];
  for (const f of s.farmed) {
    const near = firstText(g, f.node, f.option);
    if (!farmed.some((x) => x.near === near)) farmed.push({ near, path: pathTo(g, f.node) });
  }
  const ranges = rangesOf(g, s);
  const { exact, cut } = ranges;
  // Where no outcome of any draw parts ways, each option has one outcome, as for a seed.
  const routes = routeGraphOf(g, g.steered === false);
  return {
    choicePoints: [...choicePoints.values()],
    ranges,
    paths: root?.paths ?? 0,
    states: g.nodes.filter((n) => n.kind === 'decision' || n.kind === 'open').length,
    steps: g.steps,
    exact,
    ...(cut ? { cut } : {}),
    endings,
    deadEnds,
    decisions: { min: root?.decisionsMin ?? 0, max: root?.decisionsMax ?? 0 },
    loops: s.loops.size > 0,
    farmed,
    endless,
    bestPath: root ? walk(g, s, 0, 'best') : [],
    worstPath: root ? walk(g, s, 0, 'worst') : [],
    problems: g.problems,
    ...(routes ? { routes } : {}),
    // Only where every outcome of every draw was taken: a seed's graph has no luck left in it.
    ...(g.steered !== undefined ? { luck: luckGameOf(g, s, ranges) } : {}),
  };
}
