import { describe, expect, it } from 'vitest';
import { contrastRatio, mix, parseHex, relativeLuminance, toHex } from './contrast.ts';

const ratio = (a: string, b: string) => {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) throw new Error('bad fixture colour');
  return contrastRatio(x, y);
};

// Ratios as published by WebAIM's contrast checker and the WCAG understanding documents.
describe('contrastRatio (WCAG 2.x)', () => {
  it('gives the published ratios of well-known pairs', () => {
    expect(ratio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(ratio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(ratio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(ratio('#595959', '#ffffff')).toBeCloseTo(7.0, 2);
    expect(ratio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(ratio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
    expect(ratio('#808080', '#ffffff')).toBeCloseTo(3.95, 2);
  });

  it('is the same whichever colour is in front, and 1 for a colour on itself', () => {
    expect(ratio('#ffffff', '#777777')).toBe(ratio('#777777', '#ffffff'));
    expect(ratio('#1f5f8b', '#1f5f8b')).toBe(1);
  });

  it('reads short hex colours and upper case', () => {
    expect(parseHex('#FFF')).toEqual({ r: 255, g: 255, b: 255 });
    expect(ratio('#777', '#FFFFFF')).toBe(ratio('#777777', '#ffffff'));
  });

  it('refuses what is not a hex colour', () => {
    for (const bad of ['red', '#12345', '1f5f8b', '#ggg', 'rgb(0,0,0)', '#1f5f8b80'])
      expect(parseHex(bad), bad).toBeUndefined();
  });

  it('gives luminance 0 for black and 1 for white', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 10);
  });
});

describe('mix (CSS color-mix in srgb)', () => {
  it('mixes the encoded channels by share', () => {
    expect(toHex(mix({ r: 0, g: 0, b: 0 }, 0.5, { r: 255, g: 255, b: 255 }))).toBe('#808080');
    expect(toHex(mix({ r: 200, g: 100, b: 0 }, 1, { r: 0, g: 0, b: 0 }))).toBe('#c86400');
  });
});
