import { isHexColour } from './contrast.ts';
import { err, ok, type Result } from './result.ts';
import { closest } from './suggest.ts';
import { DEFAULT_PALETTE, PALETTE_FIELDS, type Palette } from './theme.ts';

/**
 * A company's look for the game, the PDF summary and the LMS packages, read from branding.json at
 * build time (docs/branding.md). Every field is optional; what is left out stays Serving Moments'.
 */
export interface Branding {
  productName: string;
  /** The logo file, relative to the branding file's folder. */
  logo?: string;
  colours: Palette;
  fonts: { body: string; headings: string };
  /** Web fonts the build bundles (woff2 files beside branding.json), each an @font-face. */
  fontFiles?: FontFile[];
}

export interface FontFile {
  family: string;
  /** Relative to the branding file's folder. */
  file: string;
  weight: number;
  style: 'normal' | 'italic';
}

export const DEFAULT_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export const DEFAULT_BRANDING: Branding = {
  productName: 'Serving Moments',
  colours: DEFAULT_PALETTE,
  fonts: { body: DEFAULT_FONT_STACK, headings: DEFAULT_FONT_STACK },
};

/** What is wrong, and where: `field` is the JSON path, such as 'colours.accent'. */
export interface BrandingProblem {
  field: string;
  message: string;
  hint?: string;
}

export const LOGO_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.webp'] as const;

const TOP_FIELDS = ['$schema', 'productName', 'logo', 'colours', 'fonts'] as const;
const FONT_FIELDS = ['body', 'headings', 'files'] as const;
const FONT_FILE_FIELDS = ['family', 'file', 'weight', 'style'] as const;
const FAMILY = /^[\p{L}\p{N} .-]+$/u;
const PRODUCT_NAME_MAX = 60;
// A font stack goes into a stylesheet: nothing that could end the declaration or the rule.
const FONT_STACK = /^[\p{L}\p{N} ,.'"-]+$/u;

type Problems = BrandingProblem[];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

function unknownFields(
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

function text(raw: unknown, field: string, problems: Problems): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '') {
    problems.push({ field, message: `must be a non-empty string, not ${show(raw)}` });
    return undefined;
  }
  return raw.trim();
}

function productName(raw: unknown, problems: Problems): string | undefined {
  const name = text(raw, 'productName', problems);
  if (name === undefined) return undefined;
  if (/[\n\r\t<>]/.test(name) || name.length > PRODUCT_NAME_MAX) {
    problems.push({
      field: 'productName',
      message: `must be one line of at most ${PRODUCT_NAME_MAX} characters without < or >`,
      hint: 'it is the page heading, the window title and the LMS course title',
    });
    return undefined;
  }
  return name;
}

function logo(raw: unknown, problems: Problems): string | undefined {
  const file = text(raw, 'logo', problems);
  if (file === undefined) return undefined;
  const lower = file.toLowerCase();
  if (!LOGO_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    problems.push({
      field: 'logo',
      message: `${show(file)} is not a picture the game can show`,
      hint: `use a ${LOGO_EXTENSIONS.join(', ')} file beside branding.json`,
    });
    return undefined;
  }
  if (/^([a-z]+:|\/|\\)/i.test(file) || file.split(/[\\/]/).includes('..')) {
    problems.push({
      field: 'logo',
      message: `${show(file)} must be a file beside branding.json or in a folder below it`,
      hint: 'write it as "logo": "acme-logo.svg"',
    });
    return undefined;
  }
  return file;
}

function colours(raw: unknown, problems: Problems): Palette {
  const palette = { ...DEFAULT_PALETTE };
  if (raw === undefined) return palette;
  if (!isObject(raw)) {
    problems.push({ field: 'colours', message: `must be an object, not ${show(raw)}` });
    return palette;
  }
  unknownFields(raw, PALETTE_FIELDS, 'colours.', problems);
  for (const key of PALETTE_FIELDS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value === 'string' && isHexColour(value.trim())) {
      palette[key] = value.trim().toLowerCase();
    } else {
      problems.push({
        field: `colours.${key}`,
        message: `${show(value)} is not a colour`,
        hint: 'write it as "#rrggbb", e.g. "#1f5f8b"',
      });
    }
  }
  return palette;
}

function fonts(raw: unknown, problems: Problems): Branding['fonts'] | undefined {
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

/** Where a file named in branding.json may be: beside it or below it, never elsewhere. */
const outside = (file: string) =>
  /^([a-z]+:|\/|\\)/i.test(file) || file.split(/[\\/]/).includes('..');

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

function fontFiles(raw: unknown, problems: Problems): FontFile[] | undefined {
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

/** Checks a parsed branding.json and fills in what it leaves out; every problem is reported. */
export function parseBranding(raw: unknown): Result<Branding, BrandingProblem[]> {
  if (!isObject(raw)) return err([{ field: '(file)', message: 'must hold a JSON object { … }' }]);
  const problems: Problems = [];
  unknownFields(raw, TOP_FIELDS, '', problems);
  const branding: Branding = {
    productName: productName(raw.productName, problems) ?? DEFAULT_BRANDING.productName,
    colours: colours(raw.colours, problems),
    fonts: fonts(raw.fonts, problems) ?? DEFAULT_BRANDING.fonts,
  };
  const logoFile = logo(raw.logo, problems);
  if (logoFile) branding.logo = logoFile;
  const faces = fontFiles(raw.fonts, problems);
  if (faces && faces.length > 0) branding.fontFiles = faces;
  return problems.length > 0 ? err(problems) : ok(branding);
}

export const describeProblem = (p: BrandingProblem): string =>
  `${p.field}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
