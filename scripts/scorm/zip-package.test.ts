import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBuildArgs } from './args.ts';
import { scormManifest } from './manifest.ts';
import { externalReferences, listFiles, zipPackage } from './zip-package.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sm-zip-'));
  dirs.push(dir);
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), body);
  }
  return dir;
}

describe('the package zip', () => {
  it('has imsmanifest.xml at the root, and the manifest lists every other entry', () => {
    const dir = site({
      'index.html': '<script src="./assets/a.js"></script>',
      'assets/a.js': 'x',
      'audio/ding.wav': 'y',
    });
    const files = listFiles(dir);
    const manifest = scormManifest('1.2', {
      identifier: 'p',
      version: '1',
      title: 't',
      files,
      launch: 'index.html',
      passMark: 70,
      objectives: [],
    });
    const entries = unzipSync(zipPackage(dir, files, manifest));
    const names = Object.keys(entries);
    expect(names[0]).toBe('imsmanifest.xml');
    const xml = strFromU8(entries['imsmanifest.xml'] ?? new Uint8Array());
    for (const name of names.filter((n) => n !== 'imsmanifest.xml'))
      expect(xml).toContain(`<file href="${name}"/>`);
    expect(names.sort()).toEqual([
      'assets/a.js',
      'audio/ding.wav',
      'imsmanifest.xml',
      'index.html',
    ]);
  });

  it('finds references that would load from outside the package', () => {
    const dir = site({
      'index.html': '<link href="https://fonts.example.com/a.css"><script src="./a.js"></script>',
      'a.css': 'body { background: url(//cdn.example.com/x.png) } .b { background: url(./b.png) }',
    });
    expect(externalReferences(dir, listFiles(dir))).toHaveLength(2);
  });
});

describe('build:scorm arguments', () => {
  it('reads stories, pass mark and output folder', () => {
    expect(parseBuildArgs(['--stories', 'hotel-heat,table-six.ink', '--pass-mark=80'])).toEqual({
      stories: ['hotel-heat', 'table-six'],
      passMark: 80,
      rule: { completeWhen: 'all', passWhen: 'overall' },
      outDir: 'dist-scorm',
      formats: ['1.2', '2004'],
    });
    expect(parseBuildArgs([])).toEqual({
      passMark: 70,
      rule: { completeWhen: 'all', passWhen: 'overall' },
      outDir: 'dist-scorm',
      formats: ['1.2', '2004'],
    });
  });

  it('reads the completion and pass rules, and refuses what they do not mean', () => {
    expect(parseBuildArgs(['--complete-when', '3', '--pass-when=qualities']).rule).toEqual({
      completeWhen: 3,
      passWhen: 'qualities',
    });
    expect(parseBuildArgs(['--complete-when', 'any']).rule.completeWhen).toBe('any');
    expect(() => parseBuildArgs(['--complete-when', 'most'])).toThrow(/all, any or a number/);
    expect(() => parseBuildArgs(['--pass-when', 'both'])).toThrow(/overall or qualities/);
    expect(parseBuildArgs(['--formats', 'cmi5,xapi']).formats).toEqual(['cmi5', 'xapi']);
    expect(() => parseBuildArgs(['--formats', 'aicc'])).toThrow(/scorm12, scorm2004, cmi5/);
  });

  it('refuses a pass mark outside 0–100 and unknown flags', () => {
    expect(() => parseBuildArgs(['--pass-mark', '120'])).toThrow(/0 to 100/);
    expect(() => parseBuildArgs(['--pass-mark'])).toThrow(/needs a value/);
    expect(() => parseBuildArgs(['--edition', '3'])).toThrow(/unknown argument/);
  });
});
