import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../../test/helpers/temp-project.ts';

const BRANDING = 'test/fixtures/branding/acme/branding.json';
const out = mkdtempSync(path.join(os.tmpdir(), 'sm-branded-package-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const buildScorm = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/build-scorm.ts', ...args], {
    cwd: PROJECT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

const unzip = (name: string) => unzipSync(readFileSync(path.join(out, name)));

describe('LMS packages of a branded build', () => {
  it('carry the product name in their titles and the brand in the game they hold', () => {
    execFileSync(
      'npx',
      [
        'tsx',
        'scripts/build-scorm.ts',
        '--stories',
        'hotel-heat',
        '--formats',
        'scorm12,cmi5',
        '--out',
        out,
      ],
      { cwd: PROJECT, env: { ...process.env, BRANDING }, stdio: 'pipe' },
    );
    const scorm = unzip('serving-moments-scorm12.zip');
    const manifest = strFromU8(scorm['imsmanifest.xml'] ?? new Uint8Array());
    expect(manifest).toContain('<title>Acme Service Academy: The Heat in Room 412</title>');
    expect(manifest).toContain('identifier="acme-service-academy-');
    expect(manifest).toContain('href="branding/logo.svg"');
    expect(strFromU8(scorm['branding/logo.svg'] ?? new Uint8Array())).toBe(
      readFileSync(path.join(PROJECT, 'test/fixtures/branding/acme/acme-logo.svg'), 'utf8'),
    );
    const page = strFromU8(scorm['index.html'] ?? new Uint8Array());
    expect(page).toContain('<title>Acme Service Academy</title>');
    expect(page).toContain('--accent:#7a1f5c');

    const cmi5Zip = unzip('serving-moments-cmi5.zip');
    const cmi5 = strFromU8(cmi5Zip['cmi5.xml'] ?? new Uint8Array());
    expect(cmi5).toContain(
      '<langstring lang="en-US">Acme Service Academy: The Heat in Room 412</langstring>',
    );
    // The game inside names the course in its statements as the LMS does (src/lms/lms-config.ts
    // reads it; xapi-record.test.ts shows it reaching the statements).
    const scripts = Object.entries(cmi5Zip)
      .filter(([name]) => name.endsWith('.js'))
      .map(([, bytes]) => strFromU8(bytes));
    expect(scripts.some((js) => js.includes('Acme Service Academy: The Heat in Room 412'))).toBe(
      true,
    );
  });

  it('are not built when a brand colour fails WCAG AA: the message names the pair', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sm-pale-brand-'));
    const file = path.join(dir, 'branding.json');
    writeFileSync(file, JSON.stringify({ colours: { accent: '#ffcc00' } }));
    const run = buildScorm(
      { BRANDING: file },
      '--stories',
      'hotel-heat',
      '--out',
      path.join(dir, 'out'),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'a primary button label (accentText on accent): #ffffff on #ffcc00 is 1.51:1, WCAG AA needs 4.5:1',
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
