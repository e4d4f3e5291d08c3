import type { Branding } from './branding.ts';
import { HIGH_CONTRAST_PALETTE, accentHover, surfaceHover, type Palette } from './theme.ts';

// The stylesheet's names for the palette's colours (src/styles.css reads only these).
const VARIABLES: Record<keyof Palette, string> = {
  background: '--paper',
  surface: '--card',
  text: '--ink',
  mutedText: '--muted',
  accent: '--accent',
  accentText: '--accent-ink',
  success: '--good',
  focus: '--focus',
};

function declarations(p: Palette): string {
  const colours = (Object.keys(VARIABLES) as (keyof Palette)[]).map(
    (key) => `${VARIABLES[key]}:${p[key]}`,
  );
  return [
    ...colours,
    `--surface-hover:${surfaceHover(p)}`,
    `--accent-hover:${accentHover(p)}`,
  ].join(';');
}

/** Where a bundled font is served, relative to the page: `branding/` and its path beside branding.json. */
export const fontUrlOf = (file: string): string => `branding/${file.replace(/\\/g, '/')}`;

/** One @font-face per web font the brand bundles; the brand's font lists name their families. */
export function fontFaceCss(branding: Branding): string {
  return (branding.fontFiles ?? [])
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';src:url('${fontUrlOf(f.file)}') format('woff2');font-weight:${f.weight};font-style:${f.style};font-display:swap}`,
    )
    .join('\n');
}

/**
 * The custom properties the stylesheet colours and sets type with: the brand's palette and fonts,
 * then high contrast mode's own palette, which wins while that setting is on.
 */
export function themeCss(branding: Branding): string {
  return [
    ...(branding.fontFiles?.length ? [fontFaceCss(branding)] : []),
    `:root{${declarations(branding.colours)};--font-body:${branding.fonts.body};--font-headings:${branding.fonts.headings}}`,
    `html[data-contrast='high']{${declarations(HIGH_CONTRAST_PALETTE)}}`,
  ].join('\n');
}
