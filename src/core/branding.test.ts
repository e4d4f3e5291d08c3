import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING, describeProblem, parseBranding } from './branding.ts';
import { DEFAULT_PALETTE } from './theme.ts';

const problemsOf = (raw: unknown) => {
  const result = parseBranding(raw);
  return result.ok ? [] : result.error.map(describeProblem);
};

describe('parseBranding', () => {
  it('reads a complete branding file', () => {
    const result = parseBranding({
      productName: '  Acme Service Academy ',
      logo: 'acme-logo.svg',
      colours: { accent: '#7A1F5C', accentText: '#fff' },
      fonts: { body: "'Acme Sans', Arial, sans-serif", headings: 'Georgia, serif' },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        productName: 'Acme Service Academy',
        logo: 'acme-logo.svg',
        colours: { ...DEFAULT_PALETTE, accent: '#7a1f5c', accentText: '#fff' },
        fonts: { body: "'Acme Sans', Arial, sans-serif", headings: 'Georgia, serif' },
      },
    });
  });

  it('keeps Serving Moments’ look for what a file leaves out; headings follow the body font', () => {
    expect(parseBranding({})).toEqual({ ok: true, value: DEFAULT_BRANDING });
    const result = parseBranding({ fonts: { body: 'Verdana, sans-serif' } });
    expect(result.ok && result.value.fonts).toEqual({
      body: 'Verdana, sans-serif',
      headings: 'Verdana, sans-serif',
    });
  });

  it('names every wrong field, with what to write instead', () => {
    expect(
      problemsOf({
        productName: 42,
        colors: {},
        colours: { accent: 'purple', surfac: '#fff' },
        fonts: { body: 'Arial; } body { display: none' },
        logo: 'logo.gif',
      }),
    ).toEqual([
      "colors: unknown field 'colors' (did you mean 'colours'?)",
      'productName: must be a non-empty string, not 42',
      "colours.surfac: unknown field 'surfac' (did you mean 'surface'?)",
      `colours.accent: 'purple' is not a colour (write it as "#rrggbb", e.g. "#1f5f8b")`,
      `fonts.body: 'Arial; } body { display: none' is not a font list (write font names separated by commas, e.g. "'Acme Sans', Arial, sans-serif")`,
      "logo: 'logo.gif' is not a picture the game can show (use a .svg, .png, .jpg, .jpeg, .webp file beside branding.json)",
    ]);
  });

  it('refuses a logo outside the branding folder and a product name that is not one line', () => {
    expect(problemsOf({ logo: '../secret/logo.png' })[0]).toContain('must be a file beside');
    expect(problemsOf({ logo: 'https://example.com/logo.png' })[0]).toContain('must be a file');
    expect(problemsOf({ productName: 'Acme\nAcademy' })[0]).toContain('one line');
    expect(problemsOf({ productName: 'x'.repeat(61) })[0]).toContain('at most 60');
  });

  it('refuses a file that is not an object', () => {
    expect(problemsOf(['Acme'])).toEqual(['(file): must hold a JSON object { … }']);
  });
});
