import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PALETTE,
  HIGH_CONTRAST_PALETTE,
  accentHover,
  contrastFailures,
  describeFailure,
  surfaceHover,
} from './theme.ts';

describe('contrastFailures', () => {
  it('passes Serving Moments’ own palette and high contrast mode', () => {
    expect(contrastFailures(DEFAULT_PALETTE)).toEqual([]);
    expect(contrastFailures(HIGH_CONTRAST_PALETTE)).toEqual([]);
  });

  it('fails grey #777777 text on white, which is 4.48:1, and names the pair', () => {
    const failures = contrastFailures({
      ...DEFAULT_PALETTE,
      background: '#ffffff',
      mutedText: '#777777',
    });
    const muted = failures.find((f) => f.role === 'muted text on the page background');
    expect(muted?.ratio).toBeCloseTo(4.48, 2);
    expect(describeFailure(muted!)).toBe(
      'muted text on the page background (mutedText on background): #777777 on #ffffff is 4.47:1, WCAG AA needs 4.5:1',
    );
  });

  it('passes #767676 text on white (4.54:1), just above the line', () => {
    const failures = contrastFailures({
      ...DEFAULT_PALETTE,
      background: '#ffffff',
      mutedText: '#767676',
    });
    expect(failures.map((f) => f.role)).not.toContain('muted text on the page background');
  });

  it('holds focus rings to 3:1, not 4.5:1: #808080 (3.95:1 on white) passes as a ring', () => {
    const palette = { ...DEFAULT_PALETTE, background: '#ffffff', focus: '#808080' };
    expect(contrastFailures(palette)).toEqual([]);
    const faint = contrastFailures({ ...palette, focus: '#aaaaaa' });
    expect(faint.map((f) => f.role)).toEqual([
      'the focus ring on the page background',
      'the focus ring on a card',
    ]);
  });

  it('fails white on a yellow accent as a primary button label', () => {
    // #ffcc00 against white is 1.51:1 by the WCAG formula.
    const failures = contrastFailures({ ...DEFAULT_PALETTE, accent: '#ffcc00' });
    expect(failures.map((f) => f.role)).toContain('a primary button label');
    expect(failures.map((f) => f.role)).toContain('a link on a card');
  });

  it('checks the hovered button colours it derives from the accent', () => {
    expect(surfaceHover(DEFAULT_PALETTE)).toBe('#e9eff3');
    expect(accentHover(DEFAULT_PALETTE)).toBe('#194c6f');
    // Black on #808080 is 5.32:1 at rest; hovering darkens it to #666666, 3.66:1.
    const failures = contrastFailures({
      ...DEFAULT_PALETTE,
      accent: '#808080',
      accentText: '#000000',
    });
    expect(failures.map((f) => f.role)).toContain('a hovered primary button label');
    expect(failures.map((f) => f.role)).not.toContain('a primary button label');
  });
});
