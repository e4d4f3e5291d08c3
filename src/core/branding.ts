import { isHexColour } from './contrast.ts';
import { err, ok, type Result } from './result.ts';
import {
  isObject,
  outside,
  show,
  text,
  unknownFields,
  type BrandingProblem,
  type Problems,
} from './branding-fields.ts';
import { DEFAULT_FONT_STACK, fontFiles, fonts, type FontFile } from './branding-fonts.ts';
import { DEFAULT_PALETTE, PALETTE_FIELDS, type Palette } from './theme.ts';

export type { BrandingProblem } from './branding-fields.ts';
export { DEFAULT_FONT_STACK, type FontFile } from './branding-fonts.ts';

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

export const DEFAULT_BRANDING: Branding = {
  productName: 'Serving Moments',
  colours: DEFAULT_PALETTE,
  fonts: { body: DEFAULT_FONT_STACK, headings: DEFAULT_FONT_STACK },
};

export const LOGO_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.webp'] as const;

const TOP_FIELDS = ['$schema', 'productName', 'logo', 'colours', 'fonts'] as const;
const PRODUCT_NAME_MAX = 60;

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
  if (outside(file)) {
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
