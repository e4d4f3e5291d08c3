import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../../test/helpers/temp-project.ts';
import { ISSUE_12_CASES } from '../../test/helpers/issue12-fixtures.ts';
import { qualityLabel, type QualityId } from '../core/qualities.ts';

// One run of `npm run stories:report` over all of issue 12's stories, as a trainer would run it.
const shown = (file: string) => path.join('test', 'fixtures', file);
const run = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    'src/cli/stories-report.ts',
    '--bots',
    '5',
    ...ISSUE_12_CASES.map((c) => shown(c.file)),
  ],
  { cwd: PROJECT, encoding: 'utf8' },
);
const lines = run.stdout.split('\n');

/** The report's lines for one story: from its '# Title (file)' heading to the next blank line. */
function section(file: string): string[] {
  const start = lines.findIndex((l) => l.startsWith('# ') && l.endsWith(`(${shown(file)})`));
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start, end < 0 ? undefined : end);
}

describe('npm run stories:report on the stories that once hung or misread the tools', () => {
  it('reports every story and the library, and exits 1 for the broken ones', () => {
    expect(run.status).toBe(1);
    expect(lines).toContain('# Library');
  });

  it.each(ISSUE_12_CASES)('$file', (c) => {
    if ('problem' in c) {
      const problem = lines.find((l) =>
        l.startsWith(`${shown(c.file)}:${c.problem.line}: error: `),
      );
      expect(problem).toContain(c.problem.says);
      expect(section(c.file)).toEqual([]);
      return;
    }
    const report = section(c.file);
    expect(report[0]).toBe(`# ${c.title} (${shown(c.file)})`);
    expect(report[1]).toMatch(/^exploration: exact /);
    for (const [title, paths] of Object.entries(c.endings))
      expect(
        report.some((l) => new RegExp(`^ +\\d+% +${title} \\(${paths} paths\\)$`).test(l)),
        title,
      ).toBe(true);
    expect(report).toContain(`best path (total ${c.maxTotal}):`);
    for (const [quality, max] of Object.entries(c.max)) {
      const label = qualityLabel(quality as QualityId);
      expect(
        report.some((l) => new RegExp(`^  ${label}: -?\\d+ … ${max}$`).test(l)),
        label,
      ).toBe(true);
    }
    expect(lines.some((l) => l.startsWith(`${shown(c.file)}:`) && l.includes(': error: '))).toBe(
      false,
    );
  });
});
