import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_BRANDING,
  describeProblem,
  parseBranding,
  type Branding,
  type BrandingProblem,
} from '../core/branding.ts';
import { err, ok, type Result } from '../core/result.ts';
import { contrastFailures, describeFailure } from '../core/theme.ts';

/** The branding the build applies, and where it came from. */
export interface LoadedBranding {
  branding: Branding;
  /** The branding file read; undefined when there is none and the defaults apply. */
  file?: string;
  /** The logo's absolute path. */
  logoFile?: string;
  /** The absolute paths of branding.fontFiles, in its order. */
  fontFiles?: string[];
}

const PLACES = ['branding.json', path.join('branding', 'branding.json')];

/**
 * Which branding file applies: BRANDING=path (relative to the project) when set, otherwise
 * branding.json or branding/branding.json at the project root, otherwise none.
 */
export function findBrandingFile(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Result<string | undefined, string> {
  const chosen = env.BRANDING?.trim();
  if (chosen) {
    const file = path.resolve(root, chosen);
    return existsSync(file) && statSync(file).isFile()
      ? ok(file)
      : err(`BRANDING=${chosen}: there is no file ${file}`);
  }
  const found = PLACES.map((p) => path.join(root, p)).filter((f) => existsSync(f));
  if (found.length > 1)
    return err(`two branding files: ${found.join(' and ')}; keep one (docs/branding.md)`);
  return ok(found[0]);
}

/** The 1-based line of a field such as 'colours.accent' in the JSON text, when it can be found. */
function lineOf(text: string, field: string): number | undefined {
  let from = 0;
  for (const key of field.split('.')) {
    const at = text.slice(from).search(new RegExp(`"${key.replace(/\$/g, '\\$')}"\\s*:`));
    if (at < 0) return undefined;
    from += at;
  }
  return text.slice(0, from).split('\n').length;
}

function syntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position)).split('\n');
  return `line ${before.length} column ${(before.at(-1)?.length ?? 0) + 1}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
}

const where = (file: string, text: string, p: BrandingProblem) => {
  const line = lineOf(text, p.field);
  return `${file}${line ? `:${line}` : ''}: ${describeProblem(p)}`;
};

/**
 * Reads and checks the branding file: its fields, its logo, and the contrast of every colour pair
 * the game draws with it. Any problem is returned as one message naming the file, field and line.
 */
export function loadBrandingFile(file: string): Result<LoadedBranding, string> {
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith('..') ? relative : file;
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return err(`${shown}: not valid JSON: ${syntaxError(text, error)}`);
  }
  const parsed = parseBranding(raw);
  if (!parsed.ok) return err(parsed.error.map((p) => where(shown, text, p)).join('\n'));
  const branding = parsed.value;
  const problems: string[] = [];
  let logoFile: string | undefined;
  if (branding.logo) {
    logoFile = path.resolve(path.dirname(file), branding.logo);
    if (!existsSync(logoFile))
      problems.push(where(shown, text, { field: 'logo', message: `there is no file ${logoFile}` }));
  }
  const fontFiles = (branding.fontFiles ?? []).map((f, i) => {
    const absolute = path.resolve(path.dirname(file), f.file);
    if (!existsSync(absolute))
      problems.push(
        `${shown}: fonts.files[${i}].file: there is no file ${absolute} (the font for '${f.family}')`,
      );
    return absolute;
  });
  const failures = contrastFailures(branding.colours);
  if (failures.length > 0) {
    problems.push(
      `${shown}: these colours fail WCAG AA contrast:`,
      ...failures.map((f) => `  ${describeFailure(f)}`),
    );
  }
  if (problems.length > 0) return err(problems.join('\n'));
  return ok({
    branding,
    file,
    ...(logoFile ? { logoFile } : {}),
    ...(fontFiles.length > 0 ? { fontFiles } : {}),
  });
}

/** The branding for a build of the project at `root`: its file's, or the defaults. */
export function loadBranding(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
): Result<LoadedBranding, string> {
  const found = findBrandingFile(root, env);
  if (!found.ok) return found;
  return found.value ? loadBrandingFile(found.value) : ok({ branding: DEFAULT_BRANDING });
}
