import { contrastRatio, mix, parseHex, toHex, type Rgb } from './contrast.ts';

/** The colours a company can brand, by what they colour. All are '#rrggbb' or '#rgb'. */
export interface Palette {
  /** The page behind everything. */
  background: string;
  /** Cards, the transcript, dialogs and ordinary buttons. */
  surface: string;
  text: string;
  /** Secondary text: taglines, narration, captions. */
  mutedText: string;
  /** Primary buttons, button borders and links. */
  accent: string;
  /** Text on the accent (a primary button's label). */
  accentText: string;
  /** Progress, finished scenarios and the score bars. */
  success: string;
  /** The keyboard focus ring and the border of notices. */
  focus: string;
}

export const PALETTE_FIELDS = [
  'background',
  'surface',
  'text',
  'mutedText',
  'accent',
  'accentText',
  'success',
  'focus',
] as const satisfies readonly (keyof Palette)[];

/** Serving Moments' own look: the game without a branding file. */
export const DEFAULT_PALETTE: Palette = {
  background: '#f7f5f0',
  surface: '#ffffff',
  text: '#1d2433',
  mutedText: '#4a5263',
  accent: '#1f5f8b',
  accentText: '#ffffff',
  success: '#2f6d4f',
  focus: '#b35900',
};

/** High contrast mode (Settings) sets its own black-on-white colours over any brand. */
export const HIGH_CONTRAST_PALETTE: Palette = {
  background: '#ffffff',
  surface: '#ffffff',
  text: '#000000',
  mutedText: '#1f1f1f',
  accent: '#003a70',
  accentText: '#ffffff',
  success: '#0b4d2c',
  focus: '#b35900',
};

// Colours the stylesheet sets itself, behind or in front of brand colours.
const NOTICE_BACKGROUND = '#fff4e5';
const WARNING_TEXT = '#8a2f22';
const BAR_TRACK = '#e3e6eb';

/** A hovered button: a tint of the accent on the surface; a primary one darkens. */
export const surfaceHover = (p: Palette): string => tone(p.accent, 0.1, p.surface);
export const accentHover = (p: Palette): string => tone(p.accent, 0.8, '#000000');

function tone(colour: string, share: number, over: string): string {
  return toHex(mix(rgb(colour), share, rgb(over)));
}

function rgb(colour: string): Rgb {
  const value = parseHex(colour);
  if (!value) throw new Error(`'${colour}' is not a #rrggbb colour`);
  return value;
}

/** WCAG 2.2 AA: 4.5:1 for text (1.4.3), 3:1 for focus rings, borders and bars (1.4.11). */
export const TEXT_MINIMUM = 4.5;
export const NON_TEXT_MINIMUM = 3;

export interface ColourPair {
  /** What the pair is on screen, e.g. "muted text on the page background". */
  role: string;
  foreground: string;
  background: string;
  /** Which palette fields it comes from, for the message. */
  fields: string;
  minimum: number;
}

/** Every foreground/background pair the stylesheet draws from a palette. */
export function themePairs(p: Palette): ColourPair[] {
  const text = (role: string, fields: string, foreground: string, background: string) => ({
    role,
    fields,
    foreground,
    background,
    minimum: TEXT_MINIMUM,
  });
  const ui = (role: string, fields: string, foreground: string, background: string) => ({
    ...text(role, fields, foreground, background),
    minimum: NON_TEXT_MINIMUM,
  });
  return [
    text('text on the page background', 'text on background', p.text, p.background),
    text('text on cards and buttons', 'text on surface', p.text, p.surface),
    text('text on a hovered button', 'text on surface tinted by accent', p.text, surfaceHover(p)),
    text('text in a notice', 'text on the notice colour', p.text, NOTICE_BACKGROUND),
    text('muted text on the page background', 'mutedText on background', p.mutedText, p.background),
    text('muted text on cards', 'mutedText on surface', p.mutedText, p.surface),
    text('a primary button label', 'accentText on accent', p.accentText, p.accent),
    text(
      'a hovered primary button label',
      'accentText on accent darkened',
      p.accentText,
      accentHover(p),
    ),
    text('a link on the page background', 'accent on background', p.accent, p.background),
    text('a link on a card', 'accent on surface', p.accent, p.surface),
    text('progress text on the page background', 'success on background', p.success, p.background),
    text('progress text on a card', 'success on surface', p.success, p.surface),
    text('a warning on a card', 'the warning colour on surface', WARNING_TEXT, p.surface),
    ui('a score bar', 'success on the bar track', p.success, BAR_TRACK),
    ui('the focus ring on the page background', 'focus on background', p.focus, p.background),
    ui('the focus ring on a card', 'focus on surface', p.focus, p.surface),
  ];
}

export interface ContrastFailure extends ColourPair {
  ratio: number;
}

/** The pairs below their WCAG AA minimum (never rounded up: 4.48:1 fails 4.5:1). */
export function contrastFailures(p: Palette): ContrastFailure[] {
  return themePairs(p)
    .map((pair) => ({ ...pair, ratio: contrastRatio(rgb(pair.foreground), rgb(pair.background)) }))
    .filter((pair) => pair.ratio < pair.minimum);
}

export function describeFailure(f: ContrastFailure): string {
  const ratio = Math.floor(f.ratio * 100) / 100;
  return `${f.role} (${f.fields}): ${f.foreground} on ${f.background} is ${ratio.toFixed(2)}:1, WCAG AA needs ${f.minimum}:1`;
}
