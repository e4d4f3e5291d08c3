import type { ChoiceEffect, RuntimeProblem } from './beat.ts';
import { analyseInkFlow } from './ink-flow.ts';
import { scoreGraph, type GraphScores, type Outlook } from './graph-scores.ts';
import { QUALITY_IDS, zeroScores, type QualityId, type Scores } from './qualities.ts';
import { routeGraphOf, type RouteGraph } from './route-graph.ts';
import { StateGraphBuilder, type ExploreBudget, type StateGraph } from './state-graph.ts';
import { StoryStepper } from './story-stepper.ts';

export type { ExploreBudget } from './state-graph.ts';

/** What any path through a story can earn: the denominators of the debrief. */
export interface ScoreRanges {
  max: Scores;
  min: Scores;
  /** Best and worst total over all qualities on a single path. */
  maxTotal: number;
  minTotal: number;
  /** Qualities that at least one reachable choice scores, in contract order. */
  practised: QualityId[];
  /** Per-quality min and max over the complete paths whose total is `maxTotal`. */
  bestPlay: { min: Scores; max: Scores };
  /**
   * True when every state was explored and no loop repeats a choice that earns points. A choice in
   * a loop that only costs points is left out, so `min` ignores going round loops.
   */
  exact: boolean;
  /** What made the figures approximate, in words, when they are. */
  cut?: string;
  /**
   * Set on one play's basis in a random story (see luck.ts): qualities the story practises only on
   * rolls this play never met.
   */
  unmet?: QualityId[];
}

export interface DeadEnd {
  path: number[];
  lastLine: string;
}

/** One decision as the story offers it, met on at least one path. */
export interface ChoicePoint {
  options: { text: string; effects: ChoiceEffect[]; feedback: boolean }[];
}

/** A place in the story, named by story text the checker can find in the source. */
export interface Spot {
  near: string;
  path: number[];
}

export interface Exploration {
  /** Every distinct decision met, in the order first met. */
  choicePoints: ChoicePoint[];
  ranges: ScoreRanges;
  /** Complete paths, each loop taken at most once. */
  paths: number;
  /** Distinct decision states and ink steps the exploration took. */
  states: number;
  steps: number;
  exact: boolean;
  cut?: string;
  /** Complete paths ending in each '#ending:' title (loops taken at most once). */
  endings: Record<string, number>;
  deadEnds: DeadEnd[];
  /** Fewest and most decisions on a complete path (loops taken at most once). */
  decisions: { min: number; max: number };
  /** The story has a loop a learner can go round (a hub, a repeated question). */
  loops: boolean;
  /** Choices inside a loop that earn points: a learner could repeat them for more. */
  farmed: Spot[];
  /** Decisions from which no choice can ever reach an end. */
  endless: Spot[];
  bestPath: string[];
  worstPath: string[];
  problems: RuntimeProblem[];
  /** The explored graph, for route facts without a second walk through ink (absent when cut or random). */
  routes?: RouteGraph;
}

/** `followSeed`: take each random outcome as a play with `seed` meets it, not every outcome. */
export type ExploreOptions = ExploreBudget & { seed?: number; followSeed?: boolean };

/** An exploration that runs in slices: a Web Worker can answer messages (or give up) in between. */
export interface ExplorationRun {
  /** Does up to `steps` more ink steps; true once finished (completely or cut by a bound). */
  advance(steps?: number): boolean;
  /** The answer so far: exact once `advance` returned true without a cut. */
  result(): Exploration;
}

function pathTo(g: StateGraph, node: number): number[] {
  const path: number[] = [];
  for (let at = g.nodes[node]?.from; at; at = g.nodes[at.node]?.from)
    if (at.option >= 0) path.unshift(at.option);
  return path;
}

/** Choice texts along the best (or worst) path, walking loops by their shortest way to the exit. */
function walk(g: StateGraph, s: GraphScores, start: number, pick: 'best' | 'worst'): string[] {
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

function firstText(g: StateGraph, node: number, option = 0): string {
  return g.nodes[node]?.options[option]?.text ?? '';
}

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

function summarise(g: StateGraph): Exploration {
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
  const routes = routeGraphOf(g);
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
  };
}

export function startExploration(json: string, options: ExploreOptions = {}): ExplorationRun {
  const { seed, followSeed, ...budget } = options;
  const builder = new StateGraphBuilder(json, seed ?? 0, budget, undefined, followSeed);
  return { advance: (steps) => builder.advance(steps), result: () => summarise(builder) };
}

/**
 * Explores the story's state graph (not its path tree): merged branches cost what they are, loops
 * are found rather than unrolled, and random branches are followed over every outcome. Bounded by
 * states, steps and optionally time; an answer cut by a bound says so in `exact` and `cut`.
 */
export function exploreStory(json: string, options: ExploreOptions = {}): Exploration {
  const run = startExploration(json, options);
  run.advance();
  return run.result();
}

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
