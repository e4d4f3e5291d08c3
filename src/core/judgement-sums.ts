import type { ChoiceEffect } from './beat.ts';
import { QUALITY_IDS } from './qualities.ts';
import type { LintFinding } from './story-lint.ts';

// What the judgement lints read a story's scores with: each choice's sums, shares of the best
// score, and the warning they give.

/**
 * A choice's total and its sum per quality, added up once per choice: the route tree repeats the
 * same choice (the same effects array) on every route through it, and the judgement lint's walks
 * read each choice once per route and quality.
 */
const tallies = new WeakMap<readonly ChoiceEffect[], { total: number; by: Map<string, number> }>();
function tally(effects: readonly ChoiceEffect[]): { total: number; by: Map<string, number> } {
  let t = tallies.get(effects);
  if (!t) {
    t = { total: 0, by: new Map() };
    for (const e of effects) {
      t.total += e.amount;
      t.by.set(e.quality, (t.by.get(e.quality) ?? 0) + e.amount);
    }
    tallies.set(effects, t);
  }
  return t;
}
export const sum = (effects: readonly ChoiceEffect[]) => tally(effects).total;
export const hasMinus = (effects: readonly ChoiceEffect[]) => effects.some((e) => e.amount < 0);
export const amount = (effects: readonly ChoiceEffect[], q: string) =>
  tally(effects).by.get(q) ?? 0;
const perQualityOf = new WeakMap<readonly ChoiceEffect[], Float64Array>();
/** A choice's sum in each quality, in QUALITY_IDS order. */
export function perQuality(effects: readonly ChoiceEffect[]): Float64Array {
  let a = perQualityOf.get(effects);
  if (!a) {
    a = Float64Array.from(QUALITY_IDS, (q) => amount(effects, q));
    perQualityOf.set(effects, a);
  }
  return a;
}
/** `points` as a whole percent of `best`, held to 0–100. */
export const percent = (points: number, best: number) =>
  best > 0 ? Math.round(Math.min(1, Math.max(0, points / best)) * 100) : 0;
/** A judgement warning, shown `near` the text it names. */
export const warn = (message: string, hint: string, near: string): LintFinding => ({
  severity: 'warning',
  message,
  hint,
  near,
  rule: 'judgement',
});
