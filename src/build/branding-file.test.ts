import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANDING } from '../core/branding.ts';
import { PROJECT } from '../../test/helpers/temp-project.ts';
import { loadBranding } from './branding-file.ts';

const ACME = 'test/fixtures/branding/acme/branding.json';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'branding-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const messageOf = (root: string, env: NodeJS.ProcessEnv = {}) => {
  const result = loadBranding(root, env);
  return result.ok ? 'no error' : result.error;
};

describe('loadBranding', () => {
  it('gives the game its own look when the project has no branding file', () => {
    expect(loadBranding(project({}), {})).toEqual({
      ok: true,
      value: { branding: DEFAULT_BRANDING },
    });
  });

  it('reads the file BRANDING names, with its logo beside it', () => {
    const result = loadBranding(PROJECT, { BRANDING: ACME });
    expect(result.ok && result.value.branding.productName).toBe('Acme Service Academy');
    expect(result.ok && result.value.logoFile).toBe(
      path.join(PROJECT, 'test/fixtures/branding/acme/acme-logo.svg'),
    );
  });

  it('finds branding.json or branding/branding.json at the root, and refuses both at once', () => {
    const flat = project({ 'branding.json': '{"productName": "Flat"}' });
    const folder = project({ 'branding/branding.json': '{"productName": "Folder"}' });
    for (const [root, name] of [
      [flat, 'Flat'],
      [folder, 'Folder'],
    ] as const) {
      const result = loadBranding(root, {});
      expect(result.ok && result.value.branding.productName).toBe(name);
    }
    const both = project({ 'branding.json': '{}', 'branding/branding.json': '{}' });
    expect(messageOf(both)).toContain('two branding files');
  });

  it('says when the file BRANDING names is not there', () => {
    expect(messageOf(project({}), { BRANDING: 'brand/nope.json' })).toMatch(
      /^BRANDING=brand\/nope\.json: there is no file .*nope\.json$/,
    );
  });

  it('names the field and its line for a wrong value', () => {
    const root = project({
      'branding.json':
        '{\n  "productName": "Acme",\n  "colours": {\n    "accent": "plum"\n  }\n}\n',
    });
    expect(messageOf(root, {})).toMatch(
      /branding\.json:4: colours\.accent: 'plum' is not a colour \(write it as "#rrggbb"/,
    );
    // A file outside the folder the build runs in is named by its full path, not by ../../..
    expect(messageOf(root, {}).startsWith(`${path.join(root, 'branding.json')}:4: `)).toBe(true);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const root = project({ 'branding.json': '{\n  "productName": "Acme",\n}\n' });
    expect(messageOf(root, {})).toMatch(/branding\.json: not valid JSON: line 3 column 1: /);
  });

  it('says when the logo file is missing', () => {
    const root = project({ 'branding.json': '{ "logo": "acme.svg" }' });
    expect(messageOf(root, {})).toMatch(/branding\.json:1: logo: there is no file .*acme\.svg/);
  });

  it('fails a brand colour below WCAG AA, naming both colours and the pair', () => {
    // #777777 on white is 4.48:1, under the 4.5:1 that text needs.
    const root = project({
      'branding.json': JSON.stringify({ colours: { background: '#ffffff', mutedText: '#777777' } }),
    });
    const message = messageOf(root, {});
    expect(message).toContain('branding.json: these colours fail WCAG AA contrast:');
    expect(message).toContain(
      'muted text on the page background (mutedText on background): #777777 on #ffffff is 4.47:1, WCAG AA needs 4.5:1',
    );
    // On the default white cards the same grey fails too; nothing else does.
    expect(message.split('\n')).toHaveLength(3);
  });
});

describe('web fonts named in branding.json', () => {
  const fonts = (files: unknown) =>
    JSON.stringify({
      fonts: { body: "'Acme Sans', Arial, sans-serif", files },
    });

  it('are found beside the file, with their family, weight and style', () => {
    const root = project({
      'branding.json': fonts([
        { family: 'Acme Sans', file: 'fonts/acme-sans.woff2' },
        { family: 'Acme Sans', file: 'fonts/acme-sans-bold.woff2', weight: 700 },
      ]),
      'fonts/acme-sans.woff2': 'wOF2',
      'fonts/acme-sans-bold.woff2': 'wOF2',
    });
    const result = loadBranding(root, {});
    if (!result.ok) throw new Error(result.error);
    expect(result.value.branding.fontFiles).toEqual([
      { family: 'Acme Sans', file: 'fonts/acme-sans.woff2', weight: 400, style: 'normal' },
      { family: 'Acme Sans', file: 'fonts/acme-sans-bold.woff2', weight: 700, style: 'normal' },
    ]);
    expect(result.value.fontFiles).toEqual([
      path.join(root, 'fonts/acme-sans.woff2'),
      path.join(root, 'fonts/acme-sans-bold.woff2'),
    ]);
  });

  it('stop the build naming the field when a file is missing or is not woff2', () => {
    const missing = project({
      'branding.json': fonts([{ family: 'Acme Sans', file: 'acme-sans.woff2' }]),
    });
    expect(messageOf(missing)).toContain(
      `branding.json: fonts.files[0].file: there is no file ${path.join(missing, 'acme-sans.woff2')} (the font for 'Acme Sans')`,
    );
    const ttf = project({ 'branding.json': fonts([{ family: 'Acme Sans', file: 'acme.ttf' }]) });
    expect(messageOf(ttf)).toContain("fonts.files[0].file: 'acme.ttf' is not a .woff2 web font");
    const unnamed = project({ 'branding.json': fonts([{ file: 'acme.woff2' }]) });
    expect(messageOf(unnamed)).toContain('fonts.files[0].family: is missing');
  });
});
