import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING } from './branding.ts';
import { brandIconSvg, brandInitials } from './brand-icon.ts';

describe('a brand’s tab icon', () => {
  it('carries the first letters of the name’s first two words, skipping small words', () => {
    expect(brandInitials('Acme Service Academy')).toBe('AS');
    expect(brandInitials('The Hotel of Harbours')).toBe('HH');
    expect(brandInitials('zenith')).toBe('Z');
    expect(brandInitials('Émile & Co')).toBe('ÉC');
  });

  it('draws them in the brand’s accent-text colour on its accent, and escapes what it writes', () => {
    const branding = {
      ...DEFAULT_BRANDING,
      productName: 'R&D Helpdesk',
      colours: { ...DEFAULT_BRANDING.colours, accent: '#7a1f5c', accentText: '#ffffff' },
    };
    const svg = brandIconSvg(branding);
    expect(svg).toContain('<rect width="64" height="64" rx="14" fill="#7a1f5c"/>');
    expect(svg).toMatch(/fill="#ffffff">RH<\/text>/);
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });
});
