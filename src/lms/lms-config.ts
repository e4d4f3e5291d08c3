import {
  DEFAULT_RULE,
  parseCompleteWhen,
  parsePassWhen,
  type CompletionRule,
} from './completion-rule.ts';
import type { ScormEditionId } from './scorm-api.ts';

export interface LmsConfig {
  /** Overall serving score, in percent, that passes. */
  passMark: number;
  /** When the package counts as complete and as passed. */
  rule: CompletionRule;
  /** The edition the package was built for: its API is looked for first. */
  edition?: ScormEditionId;
}

export const DEFAULT_PASS_MARK = 70;

/** Reads the build's settings (`npm run build:scorm` sets them); the web build has none. */
export function lmsConfigFrom(env: Record<string, unknown>): LmsConfig {
  const mark = Number(env.VITE_SCORM_PASS_MARK);
  const edition = env.VITE_SCORM_EDITION;
  const rule: CompletionRule = {
    completeWhen:
      parseCompleteWhen(String(env.VITE_LMS_COMPLETE_WHEN ?? '')) ?? DEFAULT_RULE.completeWhen,
    passWhen: parsePassWhen(String(env.VITE_LMS_PASS_WHEN ?? '')) ?? DEFAULT_RULE.passWhen,
  };
  return {
    rule,
    passMark:
      Number.isFinite(mark) && mark >= 0 && mark <= 100 && env.VITE_SCORM_PASS_MARK !== ''
        ? mark
        : DEFAULT_PASS_MARK,
    ...(edition === '1.2' || edition === '2004' ? { edition } : {}),
  };
}

export const lmsConfig = (): LmsConfig => lmsConfigFrom(import.meta.env);
