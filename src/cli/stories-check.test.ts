import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { ISSUE_12_CASES } from '../../test/helpers/issue12-fixtures.ts';
import { PROJECT, tempProject } from '../../test/helpers/temp-project.ts';

function runCheck(...files: string[]) {
  return runCheckWith({}, ...files);
}

function runCheckWith(env: Record<string, string>, ...files: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/stories-check.ts', ...files],
    {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    },
  );
  return { code: result.status, lines: result.stdout.trim().split('\n') };
}

describe('npm run stories:check', () => {
  it('prints file:line problems and a summary, and exits 1 on an error', () => {
    const { code, lines } = runCheck(path.join('test', 'fixtures', 'unknown-quality.ink'));
    expect(code).toBe(1);
    expect(lines).toEqual([
      "test/fixtures/unknown-quality.ink:9: error: unknown quality 'listning' (did you mean 'listening'?)",
      '1 story checked: 1 error, 0 warnings',
    ]);
  });

  it('warns, at the line that rolls, when luck decides how much a learner can earn, and passes', () => {
    // RANDOM(1, 6) > 3: a busy desk (best +2) or a quiet one (best +3), worked out from the ink.
    const { code, lines } = runCheck(path.join('test', 'fixtures', 'loops', 'random-dice.ink'));
    expect(code).toBe(0);
    expect(lines).toContain(
      'test/fixtures/loops/random-dice.ink:9: warning: luck decides how much a learner can earn: the best play is sure of 2 points whatever the rolls, and earns 3 points with the rolls on its side (Empathy: sure of 0, up to 1; Foresight: sure of 0, up to 2) (each learner is read against what their own rolls allow, so a perfect play still reads 100%; to make the rolls fair, give every outcome of a draw the same best total)',
    );
    expect(lines.some((l) => l.includes(': error: '))).toBe(false);
  });

  it('warns when no choice escapes a bad roll, though every seed has a good one', () => {
    // Worked out from the ink: the cupboard or the porter (+1), then the umbrella found (+2) or
    // not (+1). Both tosses are RANDOM(1, 2) from the same seed, and each place has it on a
    // different face: with any one seed, one choice finds it.
    const { lines } = runCheck(path.join('test', 'fixtures', 'loops', 'coin-toss.ink'));
    expect(lines.filter((l) => l.includes('luck decides'))).toEqual([
      'test/fixtures/loops/coin-toss.ink:12: warning: luck decides how much a learner can earn: the best play is sure of 2 points whatever the rolls, and earns 3 points with the rolls on its side (Empathy: sure of 1, up to 2) (each learner is read against what their own rolls allow, so a perfect play still reads 100%; to make the rolls fair, give every outcome of a draw the same best total)',
    ]);
  });

  it('names the line of the draw that matters, in the knot ink drew it in', () => {
    // The RANDOM(1, 2) that decides whether the manager is free (line 13) is written above the
    // choice that leads to it, and below a shuffle of words at the top (line 9) that decides nothing.
    const { lines } = runCheck(path.join('test', 'fixtures', 'loops', 'draw-above.ink'));
    expect(lines.filter((l) => l.includes('luck decides')).map((l) => l.split(': ')[0])).toEqual([
      'test/fixtures/loops/draw-above.ink:13',
    ]);
  });

  it('says nothing of luck when every outcome of the roll has the same best', () => {
    // Early (+1 empathy +1 foresight) or late (+2 empathy): 2 points at best either way.
    const { code, lines } = runCheck(path.join('test', 'fixtures', 'loops', 'fair-roll.ink'));
    expect(code).toBe(0);
    expect(lines.filter((l) => l.includes('luck'))).toEqual([]);
  });

  it('stops a story that hangs ink at its budget, names it, and checks the rest', () => {
    const { code, lines } = runCheckWith(
      { SERVING_MOMENTS_STORY_SECONDS: '3' },
      path.join('test', 'fixtures', 'loops', 'glue-loop.ink'),
      path.join('test', 'fixtures', 'unknown-quality.ink'),
    );
    expect(code).toBe(1);
    expect(lines).toEqual([
      "test/fixtures/loops/glue-loop.ink:1: error: the checker stopped this story after 3 s: it compiled, but playing it through did not finish (a loop that never ends a line runs for ever in ink, e.g. '<>' glue or a function diverting back into itself)",
      "test/fixtures/unknown-quality.ink:9: error: unknown quality 'listning' (did you mean 'listening'?)",
      '2 stories checked: 2 errors, 0 warnings',
    ]);
  });

  it('exits 0 when there are only warnings', () => {
    const { code, lines } = runCheck(path.join('test', 'fixtures', 'flat-decision.ink'));
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/^1 story checked: 0 errors, [1-9]\d* warnings$/);
  });

  // The shipped stories still carry the judgement issue's scoring warnings (the library issue
  // rewrites them); the library test holds every other rule. Here: no errors, exit 0.
  it('checks every shipped story by default and finds no error', () => {
    const { code, lines } = runCheck();
    expect(lines.at(-1)).toMatch(/^\d+ stor(y|ies) checked: 0 errors, \d+ warnings?$/);
    expect(code).toBe(0);
  });
});

describe('npm run stories:check and the menu order', () => {
  it('names a line of stories/menu-order.txt that is no story, and still checks the stories', () => {
    const { root, stories } = tempProject();
    copyFileSync(
      path.join(PROJECT, 'test', 'fixtures', 'flat-decision.ink'),
      path.join(stories, 'flat-decision.ink'),
    );
    writeFileSync(
      path.join(stories, 'menu-order.txt'),
      '# recommended order\nflat-decision  # start here\nhotel-heet\n',
    );
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT, 'src', 'cli', 'stories-check.ts')],
      { cwd: root, encoding: 'utf8' },
    );
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain(
      "stories/menu-order.txt:3: error: 'hotel-heet' is not a story in stories/ (expected stories/hotel-heet.ink)",
    );
    expect(lines.at(-1)).toMatch(/^1 story checked: 1 error, \d+ warnings?$/);
    expect(result.status).toBe(1);
  });
});

// Each of issue 12's stories dropped alone into a copy's stories/ folder (with the INCLUDEd parts
// beside it) and checked as a trainer runs it: a broken one exits 1 with its problem at its line,
// a good one exits 0 with exact scores. Either way within its budget (never "stopped after").
describe('npm run stories:check on each story issue 12 lists', () => {
  it.each(ISSUE_12_CASES)('$file', (c) => {
    const { root, stories } = tempProject();
    const name = path.basename(c.file);
    copyFileSync(path.join(FIXTURES, c.file), path.join(stories, name));
    cpSync(path.join(FIXTURES, 'inky', 'parts'), path.join(stories, 'parts'), { recursive: true });
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT, 'src', 'cli', 'stories-check.ts')],
      { cwd: root, encoding: 'utf8' },
    );
    const lines = result.stdout.trim().split('\n');
    expect(lines.filter((l) => l.includes('checker stopped'))).toEqual([]);
    const errors = lines.filter((l) => l.includes(': error: '));
    if ('problem' in c) {
      expect(
        errors.find((l) => l.startsWith(`stories/${name}:${c.problem.line}: error: `)),
      ).toContain(c.problem.says);
      expect(lines.at(-1)).toMatch(/^1 story checked: [1-9]\d* errors?, \d+ warnings?$/);
      expect(result.status).toBe(1);
      return;
    }
    expect(errors).toEqual([]);
    expect(lines.filter((l) => l.includes('approximate'))).toEqual([]);
    if (c.warns)
      expect(
        lines.find((l) => l.startsWith(`stories/${name}:${c.warns!.line}: warning: `)),
      ).toContain(c.warns.says);
    expect(lines.at(-1)).toMatch(/^1 story checked: 0 errors, \d+ warnings?$/);
    expect(result.status).toBe(0);
  });
});
