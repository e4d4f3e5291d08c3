import type { ScormEditionId } from './scorm-api.ts';

export interface LmsConfig {
  /** Overall serving score, in percent, that passes. */
  passMark: number;
  /** The edition the package was built for: its API is looked for first. */
  edition?: ScormEditionId;
}

export const DEFAULT_PASS_MARK = 70;

/** Reads the build's settings (`npm run build:scorm` sets them); the web build has none. */
export function lmsConfigFrom(env: Record<string, unknown>): LmsConfig {
  const mark = Number(env.VITE_SCORM_PASS_MARK);
  const edition = env.VITE_SCORM_EDITION;
  return {
    passMark:
      Number.isFinite(mark) && mark >= 0 && mark <= 100 && env.VITE_SCORM_PASS_MARK !== ''
        ? mark
        : DEFAULT_PASS_MARK,
    ...(edition === '1.2' || edition === '2004' ? { edition } : {}),
  };
}

export const lmsConfig = (): LmsConfig => lmsConfigFrom(import.meta.env);
