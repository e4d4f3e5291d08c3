import type { ChoiceEffect } from './beat.ts';
import type { ChoicePoint } from './explore.ts';
import { amount, sum, warn } from './judgement-sums.ts';
import { QUALITY_IDS, qualityLabel } from './qualities.ts';
import type { LintFinding } from './story-lint.ts';

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
