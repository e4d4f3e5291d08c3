import { closest } from './suggest.ts';

// What every part of branding.json is checked with: its problems, field names, texts and paths.

/** What is wrong, and where: `field` is the JSON path, such as 'colours.accent'. */
export interface BrandingProblem {
  field: string;
  message: string;
  hint?: string;
}

export type Problems = BrandingProblem[];

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

export function unknownFields(
  value: Record<string, unknown>,
  known: readonly string[],
  where: string,
  problems: Problems,
): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const guess = closest(key, known);
    problems.push({
      field: where + key,
      message: `unknown field '${key}'`,
      hint: guess ? `did you mean '${guess}'?` : `fields here are: ${known.join(', ')}`,
    });
  }
}

export function text(raw: unknown, field: string, problems: Problems): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '') {
    problems.push({ field, message: `must be a non-empty string, not ${show(raw)}` });
    return undefined;
  }
  return raw.trim();
}

/** Where a file named in branding.json may be: beside it or below it, never elsewhere. */
export const outside = (file: string) =>
  /^([a-z]+:|\/|\\)/i.test(file) || file.split(/[\\/]/).includes('..');
