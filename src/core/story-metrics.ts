import type { ChoiceEffect } from './beat.ts';
import type { Branch, DecisionNode, DecisionTree, TreeNode } from './decision-tree.ts';

/** How a story's scoring reads to a learner looking for a pattern (issue 14's "Measured"). */
export interface StoryMetrics {
  /** Distinct decisions, judged as met on the best route that reaches each. */
  decisions: number;
  /** Decisions whose every model answer (best total still reachable) loses points somewhere. */
  modelCosts: number;
  /** Decisions where the longest option is a model answer. */
  modelLongest: number;
  /** Mean words per distinct choice text. */
  choiceWords: number;
  /** Best total when never taking an option with a minus (where a free one is offered), in %. */
  noMinusPercent: number;
  /** Does taking the locally best option at every decision reach the best total? */
  greedyIsBest: boolean;
  /** Lowest score (%) of a path reaching an ending that the best path reaches. */
  bestEndingFloor: number;
  /** The worst-scoring paths (choice indices), at most five, for the verdict to judge. */
  worstPaths: number[][];
  bestTotal: number;
}

const sum = (effects: readonly ChoiceEffect[]) => effects.reduce((s, e) => s + e.amount, 0);
const hasMinus = (effects: readonly ChoiceEffect[]) => effects.some((e) => e.amount < 0);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Best, no-minus and greedy totals from a node onwards, memoised per node. */
function totals() {
  const memo = new Map<TreeNode, { best: number; noMinus: number; greedy: number }>();
  const of = (node: TreeNode): { best: number; noMinus: number; greedy: number } => {
    const known = memo.get(node);
    if (known) return known;
    let result = { best: 0, noMinus: 0, greedy: 0 };
    if (node.kind === 'decision') {
      const free = node.branches.filter((b) => !hasMinus(b.effects));
      const allowed = free.length > 0 ? free : node.branches;
      const top = Math.max(...node.branches.map((b) => sum(b.effects)));
      const greedy = node.branches.filter((b) => sum(b.effects) === top);
      const via = (b: Branch) => sum(b.effects);
      result = {
        best: Math.max(...node.branches.map((b) => via(b) + of(b.next).best)),
        noMinus: Math.max(...allowed.map((b) => via(b) + of(b.next).noMinus)),
        greedy: Math.max(...greedy.map((b) => via(b) + of(b.next).greedy)),
      };
    }
    memo.set(node, result);
    return result;
  };
  return of;
}

const percent = (points: number, best: number) =>
  best > 0 ? Math.round(Math.min(1, Math.max(0, points / best)) * 100) : 0;

export function storyMetrics(tree: DecisionTree): StoryMetrics {
  const of = totals();
  const bestTotal = of(tree.root).best;
  // Each distinct decision as met on the best route reaching it, and every path's end.
  const decisions = new Map<string, { node: DecisionNode; reach: number }>();
  const leaves: { total: number; ending: string | undefined; path: number[] }[] = [];
  const visit = (node: TreeNode, so: number) => {
    if (node.kind === 'end') {
      leaves.push({ total: so, ending: node.ending, path: node.path });
      return;
    }
    const reach = so + of(node).best;
    const seen = decisions.get(node.signature);
    if (!seen || reach > seen.reach) decisions.set(node.signature, { node, reach });
    for (const b of node.branches) visit(b.next, so + sum(b.effects));
  };
  visit(tree.root, 0);
  let modelCosts = 0;
  let modelLongest = 0;
  const texts = new Set<string>();
  for (const { node } of decisions.values()) {
    const best = of(node).best;
    const models = node.branches.filter((b) => sum(b.effects) + of(b.next).best === best);
    if (models.every((b) => hasMinus(b.effects))) modelCosts++;
    const longest = Math.max(...node.branches.map((b) => b.text.length));
    if (models.some((b) => b.text.length === longest)) modelLongest++;
    for (const b of node.branches) texts.add(b.text);
  }
  const bestEndings = new Set(leaves.filter((l) => l.total === bestTotal).map((l) => l.ending));
  const floor = Math.min(...leaves.filter((l) => bestEndings.has(l.ending)).map((l) => l.total));
  const worst = Math.min(...leaves.map((l) => l.total));
  const allWords = [...texts].reduce((s, t) => s + words(t), 0);
  return {
    decisions: decisions.size,
    modelCosts,
    modelLongest,
    choiceWords: texts.size ? Math.round((allWords / texts.size) * 10) / 10 : 0,
    noMinusPercent: percent(of(tree.root).noMinus, bestTotal),
    greedyIsBest: of(tree.root).greedy >= bestTotal,
    bestEndingFloor: percent(floor, bestTotal),
    worstPaths: leaves
      .filter((l) => l.total === worst)
      .slice(0, 5)
      .map((l) => l.path),
    bestTotal,
  };
}

/** Global variables a story sets and reads back: state that can change later lines or endings. */
export function variablesRead(compiledJson: string): string[] {
  const declared = new Set([...compiledJson.matchAll(/"VAR=":"([^"]+)"/g)].map((m) => m[1] ?? ''));
  const read = new Set([...compiledJson.matchAll(/"VAR\?":"([^"]+)"/g)].map((m) => m[1] ?? ''));
  return [...declared].filter((name) => read.has(name)).sort();
}
