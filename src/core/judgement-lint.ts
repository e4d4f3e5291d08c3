import type { DecisionTree } from './decision-tree.ts';
import { hasMinus, percent, perQuality, sum, warn } from './judgement-sums.ts';
import { QUALITY_IDS, qualityLabel } from './qualities.ts';
import type { LintFinding } from './story-lint.ts';
import { BeatMemo, MEMO_BYTES } from './beat-memo.ts';
import { Encounter } from './encounter.ts';
import type { GraphReads } from './graph-reads.ts';
import { routesOfTree, type Routes } from './route-walk.ts';
import { DEFAULT_ALIVE_AT } from './verdict.ts';

interface Leaf {
  total: number;
  ending: string | undefined;
  /** The choices taken, counted from 1 as the learner sees them. */
  path: number[];
}

/**
 * Warnings that the debrief's judgement will mislead, from every route through the story: model
 * answers that cost nothing, a best ending reachable by poor play, DEAD plays that end in delight.
 * `aliveAt` is the ALIVE threshold the debrief uses. `routes` is the explorer's graph of them (the
 * routes must be finite: see `unfoldsCut`) or a tree of them walked through ink. `reads`: what
 * the story's exploration read along its edges (`graphReadsOf`), so the paths played to see how
 * they end are read from it rather than stepped through ink again.
 */
export function lintJudgement(
  json: string,
  routes: Routes | DecisionTree,
  aliveAt = DEFAULT_ALIVE_AT,
  reads?: GraphReads,
): LintFinding[] {
  const r = 'root' in routes ? routesOfTree(routes) : routes;
  const best = new Map<number, number>();
  const bestOf = (id: number): number => {
    const menu = r.menus[id];
    if (!menu) return 0;
    const known = best.get(id);
    if (known !== undefined) return known;
    const to = r.to[id]!;
    const value = Math.max(...menu.effects.map((e, i) => sum(e) + bestOf(to[i]!)));
    best.set(id, value);
    return value;
  };
  const bestTotal = bestOf(r.start);
  const leaves: Leaf[] = [];
  // Each distinct decision, as met on the best route that reaches it.
  const decisions = new Map<string, { free: string | undefined; reach: number }>();
  // Every route, in order, but a node reached again with the same total so far is not walked
  // again: all it could add (its decisions' reach, its ends' totals) was met the first time.
  const walked = new Set<string>();
  const path: number[] = [];
  const visit = (id: number, so: number) => {
    const key = `${id}|${so}`;
    if (walked.has(key)) return;
    walked.add(key);
    const menu = r.menus[id];
    if (!menu) {
      leaves.push({ total: so, ending: r.ending[id], path: [...path] });
      return;
    }
    const top = bestOf(id);
    const to = r.to[id]!;
    const models = menu.effects.flatMap((e, i) =>
      sum(e) + bestOf(to[i]!) === top ? [{ effects: e, text: menu.texts[i]! }] : [],
    );
    const free = models.find((b) => !hasMinus(b.effects))?.text;
    const signature = menu.texts.join('\u0001');
    const seen = decisions.get(signature);
    if (!seen || so + top > seen.reach) decisions.set(signature, { free, reach: so + top });
    menu.effects.forEach((e, i) => {
      path.push(i + 1);
      visit(to[i]!, so + sum(e));
      path.pop();
    });
  };
  visit(r.start, 0);
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
    const memo = reads && new BeatMemo(json, 0, MEMO_BYTES, reads);
    const played = Encounter.resume(
      json,
      leaf.path.map((i) => i - 1),
      { seed: 0, ...(memo ? { memo } : {}) },
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
  findings.push(...lintOffBestPlay(r, bestOf));
  return findings;
}

/**
 * Qualities the best play never earns though the story offers 2 or more points of them elsewhere:
 * the points reward a worse path (often a rash rescue), and the best play can only read "kept".
 */
function lintOffBestPlay(r: Routes, bestOf: (id: number) => number): LintFinding[] {
  // Per node, the most of each quality (indexed as QUALITY_IDS) on its best continuation and on any.
  const onBest = new Map<number, Float64Array>();
  const anywhere = new Map<number, Float64Array>();
  const atEnd = new Float64Array(QUALITY_IDS.length);
  const richest: ({ text: string; n: number } | undefined)[] = QUALITY_IDS.map(() => undefined);
  const walk = (id: number): void => {
    const menu = r.menus[id];
    if (!menu || onBest.has(id)) return;
    const best = new Float64Array(QUALITY_IDS.length).fill(-Infinity);
    const any = new Float64Array(QUALITY_IDS.length).fill(-Infinity);
    menu.effects.forEach((effects, i) => {
      const next = r.to[id]![i]!;
      walk(next);
      const nextAny = r.menus[next] ? anywhere.get(next)! : atEnd;
      const nextBest = r.menus[next] ? onBest.get(next)! : atEnd;
      const isBest = sum(effects) + bestOf(next) === bestOf(id);
      const own = perQuality(effects);
      for (let q = 0; q < own.length; q++) {
        const here = own[q]!;
        any[q] = Math.max(any[q]!, here + nextAny[q]!);
        if (isBest) best[q] = Math.max(best[q]!, here + nextBest[q]!);
        const top = richest[q];
        if (here > 0 && (!top || here > top.n)) richest[q] = { text: menu.texts[i]!, n: here };
      }
    });
    onBest.set(id, best);
    anywhere.set(id, any);
  };
  walk(r.start);
  const best = onBest.get(r.start);
  const any = anywhere.get(r.start);
  if (!best || !any) return [];
  return QUALITY_IDS.flatMap((q, i) =>
    best[i]! <= 0 && any[i]! >= 2
      ? [
          warn(
            `the best play earns none of the ${any[i]} ${qualityLabel(q)} points the story offers`,
            `${qualityLabel(q)} is earned only off the best play, e.g. by '${richest[i]?.text ?? ''}': score it where serving earns it, or make it a cost`,
            richest[i]?.text ?? '',
          ),
        ]
      : [],
  );
}
