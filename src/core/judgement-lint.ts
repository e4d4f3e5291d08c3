import type { ChoiceEffect } from './beat.ts';
import type { DecisionTree, TreeNode } from './decision-tree.ts';
import type { ChoicePoint } from './explore.ts';
import { QUALITY_IDS, qualityLabel, type QualityId, type Scores } from './qualities.ts';
import type { LintFinding } from './story-lint.ts';
import { Encounter } from './encounter.ts';
import { DEFAULT_ALIVE_AT } from './verdict.ts';

const sum = (effects: readonly ChoiceEffect[]) => effects.reduce((s, e) => s + e.amount, 0);
const hasMinus = (effects: readonly ChoiceEffect[]) => effects.some((e) => e.amount < 0);
const amount = (effects: readonly ChoiceEffect[], q: string) =>
  effects.filter((e) => e.quality === q).reduce((s, e) => s + e.amount, 0);
const percent = (points: number, best: number) =>
  best > 0 ? Math.round(Math.min(1, Math.max(0, points / best)) * 100) : 0;
const warn = (message: string, hint: string, near: string): LintFinding => ({
  severity: 'warning',
  message,
  hint,
  near,
  rule: 'judgement',
});

/** Does `a` score at least what `b` scores in every quality, and more in some? */
function covers(a: readonly ChoiceEffect[], b: readonly ChoiceEffect[]): boolean {
  if (!b.some((e) => e.amount > 0)) return false;
  let more = false;
  for (const q of QUALITY_IDS) {
    if (amount(a, q) < amount(b, q)) return false;
    if (amount(a, q) > amount(b, q)) more = true;
  }
  return more;
}

/** Options that decide a story alone, and "do both" options, at each decision the story offers. */
export function lintOptions(points: readonly ChoicePoint[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const seen = new Set<string>();
  for (const point of points) {
    for (const o of point.options) {
      const raised = o.effects.filter((e) => e.amount > 0);
      if (!seen.has(o.text) && (sum(o.effects) >= 5 || raised.length >= 3))
        findings.push(
          warn(
            `choice '${o.text}' carries ${sum(o.effects) >= 5 ? `+${sum(o.effects)} in all` : `gains in ${raised.map((e) => qualityLabel(e.quality)).join(', ')}`}`,
            'one choice worth that much decides the story alone: keep it under +5 and to two qualities, with a cost if it is the best answer',
            o.text,
          ),
        );
      seen.add(o.text);
      for (const other of point.options)
        if (other !== o && covers(o.effects, other.effects))
          findings.push(
            warn(
              `choice '${o.text}' scores everything '${other.text}' does, and more`,
              "a 'do both' answer teaches that there is no trade-off: give it a cost, or make the options real alternatives",
              o.text,
            ),
          );
    }
  }
  return findings;
}

interface Leaf {
  total: number;
  ending: string | undefined;
  /** The choices taken, counted from 1 as the learner sees them. */
  path: number[];
}

/**
 * Warnings that the debrief's judgement will mislead, from every route through the story: model
 * answers that cost nothing, a best ending reachable by poor play, DEAD plays that end in delight.
 * `aliveAt` is the ALIVE threshold the debrief uses.
 */
export function lintJudgement(
  json: string,
  tree: DecisionTree,
  aliveAt = DEFAULT_ALIVE_AT,
): LintFinding[] {
  const best = new Map<TreeNode, number>();
  const bestOf = (node: TreeNode): number => {
    if (node.kind === 'end') return 0;
    const known = best.get(node);
    if (known !== undefined) return known;
    const value = Math.max(...node.branches.map((b) => sum(b.effects) + bestOf(b.next)));
    best.set(node, value);
    return value;
  };
  const bestTotal = bestOf(tree.root);
  const leaves: Leaf[] = [];
  // Each distinct decision, as met on the best route that reaches it.
  const decisions = new Map<string, { free: string | undefined; reach: number }>();
  const visit = (node: TreeNode, so: number, path: number[]) => {
    if (node.kind === 'end') {
      leaves.push({ total: so, ending: node.ending, path });
      return;
    }
    const top = bestOf(node);
    const models = node.branches.filter((b) => sum(b.effects) + bestOf(b.next) === top);
    const free = models.find((b) => !hasMinus(b.effects))?.text;
    const seen = decisions.get(node.signature);
    if (!seen || so + top > seen.reach) decisions.set(node.signature, { free, reach: so + top });
    node.branches.forEach((b, i) => visit(b.next, so + sum(b.effects), [...path, i + 1]));
  };
  visit(tree.root, 0, []);
  const findings: LintFinding[] = [];
  const all = [...decisions.values()];
  const free = all.filter((d) => d.free !== undefined);
  if (all.length > 0 && free.length / all.length > 0.7)
    findings.push(
      warn(
        `the model answer costs nothing at ${free.length} of ${all.length} decisions (${percent(free.length, all.length)}%, more than 70%)`,
        'a learner can win by never picking an option with a minus: give at least a third of the best answers a real cost on some quality',
        free[0]?.free ?? '',
      ),
    );
  const bestEndings = new Set(leaves.filter((l) => l.total === bestTotal).map((l) => l.ending));
  for (const ending of bestEndings) {
    if (!ending) continue;
    const low = leaves
      .filter((l) => l.ending === ending)
      .reduce((a, b) => (b.total < a.total ? b : a));
    if (percent(low.total, bestTotal) < 40)
      findings.push(
        warn(
          `the best ending '${ending}' is reachable on a path scoring ${percent(low.total, bestTotal)}% (choices ${low.path.join(', ')})`,
          'gate the best ending on how the customer was served, e.g. a trust variable the serving choices raise',
          `#ending: ${ending}`,
        ),
      );
  }
  // Per ending, the lowest-scoring DEAD path is played through the engine to see how it ends.
  const lowest = new Map<string, Leaf>();
  for (const l of leaves) {
    if (!l.ending || percent(l.total, bestTotal) >= aliveAt) continue;
    const seen = lowest.get(l.ending);
    if (!seen || l.total < seen.total) lowest.set(l.ending, l);
  }
  for (const [ending, leaf] of lowest) {
    const played = Encounter.resume(
      json,
      leaf.path.map((i) => i - 1),
      { seed: 0 },
    );
    if (!played.ok || played.value.mood !== 'delighted') continue;
    findings.push(
      warn(
        `a path the verdict calls DEAD (${percent(leaf.total, bestTotal)}%, below ${aliveAt}%) ends '${ending}' with the customer delighted (choices ${leaf.path.join(', ')})`,
        'a poor play should not end in delight: let the ending depend on how the customer was served, or state it with #outcome:',
        `#ending: ${ending}`,
      ),
    );
  }
  findings.push(...lintOffBestPlay(tree, bestOf));
  return findings;
}

/**
 * Qualities the best play never earns though the story offers 2 or more points of them elsewhere:
 * the points reward a worse path (often a rash rescue), and the best play can only read "kept".
 */
function lintOffBestPlay(tree: DecisionTree, bestOf: (n: TreeNode) => number): LintFinding[] {
  const onBest = new Map<TreeNode, Scores>();
  const anywhere = new Map<TreeNode, Scores>();
  const zero = () => Object.fromEntries(QUALITY_IDS.map((q) => [q, -Infinity])) as Scores;
  const richest = new Map<string, { text: string; n: number }>();
  const walk = (node: TreeNode): void => {
    if (node.kind === 'end' || onBest.has(node)) return;
    const best = zero();
    const any = zero();
    for (const b of node.branches) {
      walk(b.next);
      const next = (m: Map<TreeNode, Scores>, q: QualityId) =>
        b.next.kind === 'end' ? 0 : (m.get(b.next)?.[q] ?? 0);
      const isBest = sum(b.effects) + bestOf(b.next) === bestOf(node);
      for (const q of QUALITY_IDS) {
        const here = amount(b.effects, q);
        any[q] = Math.max(any[q], here + next(anywhere, q));
        if (isBest) best[q] = Math.max(best[q], here + next(onBest, q));
        const top = richest.get(q);
        if (here > 0 && (!top || here > top.n)) richest.set(q, { text: b.text, n: here });
      }
    }
    onBest.set(node, best);
    anywhere.set(node, any);
  };
  walk(tree.root);
  const best = onBest.get(tree.root);
  const any = anywhere.get(tree.root);
  if (!best || !any) return [];
  return QUALITY_IDS.filter((q) => best[q] <= 0 && any[q] >= 2).map((q) =>
    warn(
      `the best play earns none of the ${any[q]} ${qualityLabel(q)} points the story offers`,
      `${qualityLabel(q)} is earned only off the best play, e.g. by '${richest.get(q)?.text ?? ''}': score it where serving earns it, or make it a cost`,
      richest.get(q)?.text ?? '',
    ),
  );
}
