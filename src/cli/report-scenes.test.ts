import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { PROJECT } from '../../test/helpers/temp-project.ts';
import { fullCheck, quickCheck } from '../studio/compile-text.ts';

// '#scene: hotel-basement' alone on its line, then the choices, as Inky users write a scene change.
const FILE = path.join(FIXTURES, 'scene-alone-before-choices.ink');
const BEST = [
  'best path (total 3):',
  '  1. Check the fuse box with him',
  '  scenes: hotel-lobby → hotel-basement (before choice 1)',
].join('\n');
const WORST = [
  'worst path (total -3):',
  '  1. Tell him an engineer comes in the morning',
  '  scenes: hotel-lobby → hotel-basement (before choice 1)',
].join('\n');

describe('a #scene: line of its own just before the choices', () => {
  it('is reported by npm run stories:report as the scene each path makes its choice in', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/stories-report.ts', FILE, '--bots', '0'],
      { cwd: PROJECT, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(BEST);
    expect(result.stdout).toContain(WORST);
  });

  it("is reported the same in the Studio's report", () => {
    const files = [{ name: 'story.ink', text: readFileSync(FILE, 'utf8') }];
    const json = quickCheck(files).json;
    expect(json).toBeTypeOf('string');
    const report = fullCheck(json ?? '', files).report;
    expect(report).toContain(BEST);
    expect(report).toContain(WORST);
  });
});
