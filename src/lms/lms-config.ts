import {
  DEFAULT_RULE,
  parseCompleteWhen,
  parsePassWhen,
  type CompletionRule,
} from './completion-rule.ts';
import type { ScormEditionId } from './scorm-api.ts';
import { builtBrand } from '../built-brand.ts';

export interface LmsConfig {
  /** Overall serving score, in percent, that passes. */
  passMark: number;
  /** When the package counts as complete and as passed. */
  rule: CompletionRule;
  /** The edition the package was built for: its API is looked for first. */
  edition?: ScormEditionId;
  /**
   * What statements call the course: the package's title in the LMS when the game is a package
   * (`Acme Service Academy: The Heat in Room 412`), else the product name from branding.json.
   */
  courseName?: string;
  /** The product name, as the statements' platform. */
  productName?: string;
}

export const DEFAULT_PASS_MARK = 70;

/** Reads the build's settings (`npm run build:scorm` sets them); the web build has none. */
export function lmsConfigFrom(
  env: Record<string, unknown>,
  productName = 'Serving Moments',
): LmsConfig {
  const mark = Number(env.VITE_SCORM_PASS_MARK);
  const edition = env.VITE_SCORM_EDITION;
  const rule: CompletionRule = {
    completeWhen:
      parseCompleteWhen(String(env.VITE_LMS_COMPLETE_WHEN ?? '')) ?? DEFAULT_RULE.completeWhen,
    passWhen: parsePassWhen(String(env.VITE_LMS_PASS_WHEN ?? '')) ?? DEFAULT_RULE.passWhen,
  };
  const title = String(env.VITE_LMS_COURSE_TITLE ?? '').trim();
  return {
    rule,
    courseName: title || productName,
    productName,
    passMark:
      Number.isFinite(mark) && mark >= 0 && mark <= 100 && env.VITE_SCORM_PASS_MARK !== ''
        ? mark
        : DEFAULT_PASS_MARK,
    ...(edition === '1.2' || edition === '2004' ? { edition } : {}),
  };
}

export const lmsConfig = (): LmsConfig => lmsConfigFrom(import.meta.env, builtBrand().productName);
