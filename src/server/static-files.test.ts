import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBecause } from './build-freshness.ts';
import { fileFor } from './static-files.ts';

describe('static files', () => {
  const root = '/srv/dist';

  it('maps short addresses to the pages', () => {
    expect(fileFor(root, '/')).toBe('/srv/dist/index.html');
    expect(fileFor(root, '/join')).toBe('/srv/dist/join.html');
    expect(fileFor(root, '/assets/app.js')).toBe('/srv/dist/assets/app.js');
  });

  it('never leaves the build folder', () => {
    for (const attempt of ['/../package.json', '/..%2f..%2fetc/passwd', '/%2e%2e/x']) {
      const file = fileFor(root, attempt);
      expect(file === undefined || file.startsWith(`${root}/`)).toBe(true);
    }
    expect(fileFor(root, '/a%00b')).toBeUndefined();
    expect(fileFor(root, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('build freshness', () => {
  it('asks for a build when a page is missing or a source is newer', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'freshness-'));
    const dist = path.join(project, 'dist');
    mkdirSync(path.join(project, 'src'));
    mkdirSync(dist);
    writeFileSync(path.join(project, 'src', 'main.ts'), '');
    expect(staleBecause(project, dist)).toMatch(/index\.html is missing/);
    for (const page of ['index.html', 'host.html', 'join.html'])
      writeFileSync(path.join(dist, page), '');
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(project, 'src', 'main.ts'), past, past);
    utimesSync(path.join(project, 'src'), past, past);
    expect(staleBecause(project, dist)).toBeUndefined();
    writeFileSync(path.join(project, 'src', 'main.ts'), 'changed');
    expect(staleBecause(project, dist)).toMatch(/src changed/);
  });
});
