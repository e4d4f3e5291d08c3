import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from './compile-ink.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { StoryStepper } from '../core/story-stepper.ts';
import { FIXTURES } from '../../test/helpers/fixtures.ts';

/** Stories written in Inky, checked as the build and stories:check check a file in stories/. */
const check = (name: string) => compileInkFile(path.join(FIXTURES, 'inky', name), FIXTURES);
// Errors only: the scoring-advice warnings (issue 13) are not what these stories test.
const problems = (name: string) =>
  check(name)
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic);

describe('ink as Inky plays it', () => {
  it('runs an EXTERNAL function through its ink fallback', () => {
    const outcome = check('external-fallback.ink');
    expect(problems('external-fallback.ink')).toEqual([]);
    const beat = new StoryStepper(outcome.story?.json ?? '', 0, () => {}).read();
    expect(beat.lines[0]?.text).toBe('The dice show 4.');
    expect(outcome.exploration?.endings).toEqual({ 'On his way': 2 });
  });

  it('names an EXTERNAL function without a fallback, at its line', () => {
    expect(problems('external-no-fallback.ink')).toEqual([
      "inky/external-no-fallback.ink:8: error: EXTERNAL function 'roll_dice' has no ink fallback, and the game binds no functions of its own (write one in ink: '=== function roll_dice(…) ===' returning what the story should use)",
    ]);
  });

  it('resolves nested INCLUDEs from the main story folder, as Inky does', () => {
    const outcome = check('nested-include.ink');
    expect(problems('nested-include.ink')).toEqual([]);
    expect(outcome.files.map((f) => path.relative(FIXTURES, f))).toEqual([
      'inky/nested-include.ink',
      'inky/parts/desk.ink',
      'inky/parts/more/taxi.ink',
    ]);
    expect(outcome.exploration?.endings).toEqual({ 'On his way': 2 });
  });

  it('finds the global tags after a leading INCLUDE', () => {
    expect(problems('include-first.ink')).toEqual([]);
    expect(check('include-first.ink').meta?.title).toBe('Included first');
  });

  it('reads a file saved with a UTF-8 BOM', () => {
    expect(problems('bom.ink')).toEqual([]);
    expect(check('bom.ink').meta?.title).toBe('Saved with a BOM');
  });

  it('ends a tag where ink ends it, at a divert', () => {
    const outcome = check('tag-divert.ink');
    expect(problems('tag-divert.ink')).toEqual([]);
    expect(outcome.exploration?.endings).toEqual({ 'On his way': 1, 'Sent away': 1 });
    const stepper = new StoryStepper(outcome.story?.json ?? '', 0, () => {});
    stepper.read();
    stepper.choose(0);
    expect(stepper.read().lines[0]).toMatchObject({
      text: 'He needs a taxi. The taxi comes.',
      mood: 'calm',
    });
  });

  it('warns about a tag outside the contract but still builds the story', () => {
    const outcome = check('author-tag.ink');
    expect(problems('author-tag.ink')).toEqual([]);
    expect(outcome.diagnostics.map(formatDiagnostic)).toContain(
      "inky/author-tag.ink:7: warning: unknown tag 'author:' (the game ignores tags outside the contract, see docs/writing-stories.md)",
    );
    expect(outcome.story?.meta.title).toBe('With an author');
  });
});
