import { QUALITIES, type QualityId } from '../core/qualities.ts';
import { DEFAULT_RULE, scenariosNeeded, type CompletionRule } from './completion-rule.ts';
import type { BestResult } from './suspend-state.ts';

export interface QualityObjective {
  id: QualityId;
  label: string;
  /** Mean percent over the finished stories that practise this quality. */
  percent: number;
}

/** What the LMS is told about the whole package: the learner's record, not one playthrough. */
export interface PackageOutcome {
  finished: number;
  total: number;
  /** Enough of the package's scenarios have been finished, by the package's completion rule. */
  complete: boolean;
  /** Mean of each finished scenario's best overall serving score, 0–100; set once complete. */
  score?: number;
  passed?: boolean;
  objectives: QualityObjective[];
}

const mean = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * The package is complete once enough scenarios have been played to an ending (the build's rule:
 * all, any, or N). Its score is the mean of each finished scenario's best overall serving score;
 * it passes when that score reaches `passMark`, or, under the qualities rule, when every practised
 * quality does. Best, not last: a learner who practises again is never marked down for it.
 */
export function packageOutcome(
  storyIds: readonly string[],
  bests: ReadonlyMap<string, BestResult>,
  passMark: number,
  rule: CompletionRule = DEFAULT_RULE,
): PackageOutcome {
  const done = storyIds.flatMap((id) => {
    const best = bests.get(id);
    return best ? [best] : [];
  });
  const complete = storyIds.length > 0 && done.length >= scenariosNeeded(rule, storyIds.length);
  const objectives = QUALITIES.flatMap(({ id, label }) => {
    const values = done.flatMap((b) => (b.qualities[id] === undefined ? [] : [b.qualities[id]]));
    return values.length > 0 ? [{ id, label, percent: mean(values) }] : [];
  });
  const base = { finished: done.length, total: storyIds.length, complete, objectives };
  if (!complete) return base;
  const score = mean(done.map((b) => b.overall));
  const passed =
    rule.passWhen === 'overall'
      ? score >= passMark
      : objectives.every((q) => q.percent >= passMark);
  return { ...base, score, passed };
}
