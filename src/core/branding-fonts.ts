import { isObject, outside, show, text, unknownFields, type Problems } from './branding-fields.ts';

// The `fonts` part of branding.json: the font stacks and the web font files to bundle.

export const DEFAULT_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export interface FontFile {
  family: string;
  /** Relative to the branding file's folder. */
  file: string;
  weight: number;
  style: 'normal' | 'italic';
}

const FONT_FIELDS = ['body', 'headings', 'files'] as const;
const FONT_FILE_FIELDS = ['family', 'file', 'weight', 'style'] as const;
const FAMILY = /^[\p{L}\p{N} .-]+$/u;
// A font stack goes into a stylesheet: nothing that could end the declaration or the rule.
const FONT_STACK = /^[\p{L}\p{N} ,.'"-]+$/u;

/** `fonts.body` and `fonts.headings`: the font stacks, headings following body when left out. */
export function fonts(
  raw: unknown,
  problems: Problems,
): { body: string; headings: string } | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) {
    problems.push({ field: 'fonts', message: `must be an object, not ${show(raw)}` });
    return undefined;
  }
  unknownFields(raw, FONT_FIELDS, 'fonts.', problems);
  const stack = (key: (typeof FONT_FIELDS)[number]) => {
    const value = text(raw[key], `fonts.${key}`, problems);
    if (value === undefined || FONT_STACK.test(value)) return value;
    problems.push({
      field: `fonts.${key}`,
      message: `${show(value)} is not a font list`,
      hint: `write font names separated by commas, e.g. "'Acme Sans', Arial, sans-serif"`,
    });
    return undefined;
  };
  const body = stack('body') ?? DEFAULT_FONT_STACK;
  return { body, headings: stack('headings') ?? body };
}

function fontFile(raw: unknown, field: string, problems: Problems): FontFile | undefined {
  if (!isObject(raw)) {
    problems.push({ field, message: `must be an object, not ${show(raw)}`, hint: FONT_FILE_HINT });
    return undefined;
  }
  unknownFields(raw, FONT_FILE_FIELDS, `${field}.`, problems);
  const family = text(raw.family, `${field}.family`, problems);
  const file = text(raw.file, `${field}.file`, problems);
  const before = problems.length;
  if (family === undefined || file === undefined) {
    if (family === undefined && raw.family === undefined)
      problems.push({ field: `${field}.family`, message: 'is missing', hint: FONT_FILE_HINT });
    if (file === undefined && raw.file === undefined)
      problems.push({ field: `${field}.file`, message: 'is missing', hint: FONT_FILE_HINT });
    return undefined;
  }
  if (!FAMILY.test(family))
    problems.push({ field: `${field}.family`, message: `${show(family)} is not a font name` });
  if (!file.toLowerCase().endsWith('.woff2'))
    problems.push({
      field: `${field}.file`,
      message: `${show(file)} is not a .woff2 web font`,
      hint: 'convert the font to WOFF2 and put it beside branding.json',
    });
  else if (outside(file))
    problems.push({
      field: `${field}.file`,
      message: `${show(file)} must be a file beside branding.json or in a folder below it`,
    });
  const weight = raw.weight ?? 400;
  if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 1 || weight > 1000)
    problems.push({
      field: `${field}.weight`,
      message: `${show(weight)} is not a font weight`,
      hint: 'a number such as 400 or 700',
    });
  const style = raw.style ?? 'normal';
  if (style !== 'normal' && style !== 'italic')
    problems.push({
      field: `${field}.style`,
      message: `${show(style)} is not 'normal' or 'italic'`,
    });
  if (problems.length > before) return undefined;
  return { family, file, weight: weight as number, style: style as FontFile['style'] };
}

const FONT_FILE_HINT = 'write it as { "family": "Acme Sans", "file": "acme-sans.woff2" }';

/** `fonts.files`: the web fonts to bundle, each one checked. */
export function fontFiles(raw: unknown, problems: Problems): FontFile[] | undefined {
  const files = isObject(raw) ? raw.files : undefined;
  if (files === undefined) return undefined;
  if (!Array.isArray(files)) {
    problems.push({
      field: 'fonts.files',
      message: `must be a list, not ${show(files)}`,
      hint: FONT_FILE_HINT,
    });
    return undefined;
  }
  const parsed = files.map((f, i) => fontFile(f, `fonts.files[${i}]`, problems));
  return parsed.filter((f): f is FontFile => f !== undefined);
}
