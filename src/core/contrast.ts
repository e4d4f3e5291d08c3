/**
 * WCAG 2.x contrast: relative luminance of sRGB colours and the ratio between two of them
 * (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). Used at build time to refuse a brand palette
 * whose text could not be read.
 */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export const isHexColour = (value: string): boolean => HEX.test(value);

/** '#1f5f8b' or '#fff' as 0–255 channels; undefined for anything else. */
export function parseHex(value: string): Rgb | undefined {
  if (!HEX.test(value)) return undefined;
  const digits = value.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const n = Number.parseInt(full, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

export function toHex({ r, g, b }: Rgb): string {
  const byte = (c: number) =>
    Math.round(Math.min(255, Math.max(0, c)))
      .toString(16)
      .padStart(2, '0');
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}

/** CSS `color-mix(in srgb, a share, b)`: mixes the encoded channels, as browsers do. */
export function mix(a: Rgb, share: number, b: Rgb): Rgb {
  const at = (x: number, y: number) => x * share + y * (1 - share);
  return { r: at(a.r, b.r), g: at(a.g, b.g), b: at(a.b, b.b) };
}

const linear = (channel: number): number => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

export const relativeLuminance = ({ r, g, b }: Rgb): number =>
  0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** From 1 (the same colour) to 21 (black on white), whichever of the two is lighter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}
