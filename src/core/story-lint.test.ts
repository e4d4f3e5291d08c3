import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../build/compile-ink.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { checkSourceTags } from './source-tags.ts';
import { FIXTURES } from '../../test/helpers/fixtures.ts';

const warningsOf = (file: string) =>
  compileInkFile(path.join(FIXTURES, file), FIXTURES)
    .diagnostics.filter((d) => d.severity === 'warning')
    .map(formatDiagnostic);

describe('scoring warnings', () => {
  it('flags decisions that teach nothing, a choice without feedback, and an unreached ending', () => {
    const warnings = warningsOf('flat-decision.ink');
    expect(warnings).toEqual(
      expect.arrayContaining([
        "flat-decision.ink:9: warning: every option at the decision starting 'Wave' scores the same (a decision teaches when its options pull on different qualities)",
        "flat-decision.ink:16: warning: choice 'Shrug' has no #feedback (say in a sentence why it served or did not: the debrief shows it)",
        "flat-decision.ink:16: warning: no option at the decision starting 'Shrug' scores positively (give the learner at least one way to serve well here)",
        "flat-decision.ink:24: warning: no path reaches the ending 'The unreachable one'",
      ]),
    );
  });

  it('flags a quality scored by a single choice', () => {
    expect(warningsOf('variables.ink')).toContain(
      "variables.ink:19: warning: Stewardship is scored by one choice only ('Email the answer') (a quality in play once is hard to read in the debrief; score it in other decisions too, or drop it)",
    );
  });

  it('warns about a scene with no drawing and a sound that does not exist', () => {
    const problems = checkSourceTags('# setting: moon-base\nHello. #sfx: trumpet #scene: office');
    expect(problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [1, 'warning', "no drawing for scene 'moon-base': a neutral backdrop is shown"],
      [2, 'warning', "no sound named 'trumpet': nothing plays"],
    ]);
  });
});
