import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { compileInkFile } from '../build/compile-ink.ts';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { formatJudgement, judgementReport } from './judgement-report.ts';

function fixtureStory(name: string) {
  const { story } = compileInkFile(path.join(FIXTURES, name), FIXTURES);
  if (!story) throw new Error(`${name} does not compile`);
  return story;
}

describe('the report of how the debrief judges a story', () => {
  it('reads the best and worst paths and finds the promise kept on a story written to the guide', () => {
    // judge-guide: asking (+2) and finding the parcel now (+1) then either closing line (+3) make
    // the two 6s; tracking (0) and tomorrow's van (0) then either line make the two 3s.
    const report = judgementReport(fixtureStory('judge-guide.ink'));
    expect(report).toMatchObject({ bestPaths: 2, worstPaths: 2, broken: [], cut: false });
    expect(report.best).toMatchObject({ choices: [0, 0, 0], overall: 100 });
    expect(report.best.verdict).toMatch(/ALIVE/);
    expect(report.worst).toMatchObject({ choices: [1, 1, 0], overall: 50 });
    expect(report.worst.verdict).toMatch(/DEAD/);
    expect(report.worst.failure).toBeTruthy();
    const text = formatJudgement(report, ['judge-guide.ink:12: warning: something']);
    expect(text).toContain('best path (1 of 2) 1,1,1: 100%, You served: ALIVE service');
    expect(text).toContain('worst path (1 of 2) 2,2,1: 50%, You serviced: DEAD service');
    expect(text).toContain('Omar Haddad came to you worried and was still worried');
    expect(text).toContain('checks: every best path 100%');
    expect(text).toContain('judgement warnings: 1\n  judge-guide.ink:12: warning: something');
  });

  it('names the path that breaks it: a worst play that leaves the customer better off', () => {
    // small-desk: the checkout rule then the lounge (0, 0) is the worst, and he leaves calm.
    const report = judgementReport(fixtureStory('small-desk.ink'));
    expect(report.broken).toEqual([expect.stringMatching(/^worst path 2,2: .*: better off than/)]);
    expect(formatJudgement(report, [])).toContain('checks: 1 BROKEN');
  });
});
