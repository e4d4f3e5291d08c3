import type { Branding } from './branding.ts';

const SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'for', '&']);

/** The letters on the icon: the first letters of the name's first two words that count. */
export function brandInitials(productName: string): string {
  const words = productName
    .split(/\s+/)
    .filter((w) => /^\p{L}|^\p{N}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  const letters = words.slice(0, 2).map((w) => Array.from(w)[0] ?? '');
  return letters.join('').toUpperCase() || Array.from(productName.trim())[0] || '?';
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The browser tab's icon for a branded build: the brand's initials in its accent-text colour on a
 * rounded square of its accent colour (a pair the build has already checked for contrast).
 */
export function brandIconSvg(branding: Branding): string {
  const initials = brandInitials(branding.productName);
  const size = initials.length > 1 ? 30 : 40;
  const { accent, accentText } = branding.colours;
  const font = escapeXml(branding.fonts.headings);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="14" fill="${escapeXml(accent)}"/>` +
    `<text x="32" y="33" dominant-baseline="central" text-anchor="middle" font-family="${font}" ` +
    `font-size="${size}" font-weight="700" fill="${escapeXml(accentText)}">${escapeXml(initials)}</text>` +
    `</svg>`
  );
}
