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

describe('npm run stories:report on a random branch', () => {
  // {~ -> caller_a | -> caller_b}: Ms. Lind (+2 or −1 listening) or a supplier (+3 or −2 foresight).
  const report = section('loops/random-branch.ink');

  it('lists, from the graph, the roll that decides what the best play can be sure of', () => {
    const luck = report.indexOf(report.find((l) => l.startsWith('luck: '))!);
    expect(report.slice(luck, luck + 8)).toEqual([
      'luck: the story draws random numbers, and each learner is read against what their own rolls allow (worked out over every outcome)',
      '  luck decides how much a learner can earn: the best play is sure of 2 points whatever the rolls, and earns 3 points with the rolls on its side',
      '  the worst play ends no higher than -1 point whatever the rolls, and as low as -2 points with the rolls against it',
      '  qualities luck moves: Listening: sure of 0, up to 2; Foresight: sure of 0, up to 3',
      'rolls that matter (their outcomes change what the best play is sure of):',
      // Line 9 is the story's only draw: {~ -> caller_a | -> caller_b}.
      '  before the first decision (the draw at test/fixtures/loops/random-branch.ink:9):',
      "    1 of 2 outcomes leads to the options 'Find her booking and read it back', 'Ask her to call back later': the best play is then sure of 2 points more",
      "    1 of 2 outcomes leads to the options 'Agree a new time and note it for the team', 'Say it is not your department': the best play is then sure of 3 points more",
    ]);
    expect(report.some((l) => l.includes('seeds tried'))).toBe(false);
  });

  it('reads each outcome’s best path 100% and its worst 0%, and its checks pass', () => {
    expect(
      report.filter((l) => /^ {4}best path \(1 of 2\) seed \d+: 1: 100%, .*ALIVE/.test(l)),
    ).toHaveLength(1);
    expect(
      report.filter((l) => /^ {4}worst path \(1 of 2\) seed \d+: 2: 0%, .*DEAD/.test(l)),
    ).toHaveLength(1);
    expect(report).toContain(
      '  checks: every best path 100%, full marks, ALIVE; every worst path DEAD, not better off, failure named',
    );
    expect(report.some((l) => l.includes('BROKEN'))).toBe(false);
  });

  it('warns that luck decides the best total, at the line that rolls', () => {
    expect(report).toContain(
      '  test/fixtures/loops/random-branch.ink:9: warning: luck decides how much a learner can earn: the best play is sure of 2 points whatever the rolls, and earns 3 points with the rolls on its side (Listening: sure of 0, up to 2; Foresight: sure of 0, up to 3) (each learner is read against what their own rolls allow, so a perfect play still reads 100%; to make the rolls fair, give every outcome of a draw the same best total)',
    );
  });
});
