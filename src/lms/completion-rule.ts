/**
 * When the package counts as complete and as passed, chosen when it is built
 * (`npm run build:scorm -- --complete-when all|any|N --pass-when overall|qualities`).
 */
export interface CompletionRule {
  /** Every scenario, any one, or at least N different scenarios played to an ending. */
  completeWhen: 'all' | 'any' | number;
  /** The mean overall score reaches the pass mark, or every practised quality does. */
  passWhen: 'overall' | 'qualities';
}

export const DEFAULT_RULE: CompletionRule = { completeWhen: 'all', passWhen: 'overall' };

/** How many finished scenarios complete a package of `total` under the rule. */
export function scenariosNeeded(rule: CompletionRule, total: number): number {
  if (rule.completeWhen === 'all') return total;
  if (rule.completeWhen === 'any') return Math.min(1, total);
  return Math.min(rule.completeWhen, total);
}

export function parseCompleteWhen(raw: string): CompletionRule['completeWhen'] | undefined {
  if (raw === 'all' || raw === 'any') return raw;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

export function parsePassWhen(raw: string): CompletionRule['passWhen'] | undefined {
  return raw === 'overall' || raw === 'qualities' ? raw : undefined;
}

/** The rule in the words the docs and the build log use. */
export function describeRule(rule: CompletionRule, passMark: number): string {
  const complete =
    rule.completeWhen === 'all'
      ? 'complete when every scenario is finished'
      : rule.completeWhen === 'any'
        ? 'complete when any scenario is finished'
        : `complete when ${rule.completeWhen} scenarios are finished`;
  const pass =
    rule.passWhen === 'overall'
      ? `passed at a mean overall score of ${passMark}%`
      : `passed when every practised quality reaches ${passMark}%`;
  return `${complete}, ${pass}`;
}
