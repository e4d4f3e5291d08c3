import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { quickCheck } from './compile-text.ts';
import { knotCheck } from './knot-check.ts';
import type { StoryFile } from './story-files.ts';

// The ~100 KB benchmark story: many knots, stitches, a variable and conditions, as trainers write.
const text = readFileSync(path.join(FIXTURES, 'large', 'night-shift.ink'), 'utf8');
const base: StoryFile[] = [{ name: 'story.ink', text }];
const baseCheck = quickCheck(base);
const edit = (from: string, to: string): StoryFile[] => {
  if (!text.includes(from)) throw new Error(`the story has no '${from}'`);
  return [{ name: 'story.ink', text: text.replace(from, to) }];
};
const said = (ds: readonly { line: number; message: string }[] | undefined) =>
  ds?.map((d) => `${d.line}: ${d.message}`).sort();

describe('checking only the knot an edit touched', () => {
  it.each([
    ['an unknown divert', '-> what_now', '-> what_nowz'],
    ['a brace left open', 'Lane explains it all', 'Lane explains {it all'],
    ['a misspelt quality', '#listening +2', '#listenin +2'],
    ['a divert to a stitch of another knot', '-> guest_1', '-> guest_2.choice'],
    ['a label read as a condition', '* [Ask him when', '* (asked) [Ask him when'],
  ])('%s: the same messages, at the same lines, as compiling the whole story', (_, from, to) => {
    const files = edit(from, to);
    expect(said(knotCheck(base, baseCheck.diagnostics, files))).toEqual(
      said(quickCheck(files).diagnostics),
    );
  });

  it('keeps the problems found elsewhere, moved by the lines the edit added', () => {
    const broken = edit('-> what_now', '-> nowhere');
    const first = quickCheck(broken);
    expect(first.diagnostics).toHaveLength(1);
    // A later knot gains two lines: the error above stays where it is, one below moves down.
    const later = broken[0]!.text.replace(
      'She has a hospital shift at seven',
      'One more line.\nAnd another.\nShe has a hospital shift at seven',
    );
    const both = later.replace('-> guest_2', '-> guest_two');
    const files = [{ name: 'story.ink', text: both }];
    expect(said(knotCheck(broken, first.diagnostics, files))).toEqual(
      said(quickCheck(files).diagnostics),
    );
  });

  it('leaves an edit of a knot’s name, or of the lines before the first knot, to the whole compile', () => {
    expect(
      knotCheck(base, baseCheck.diagnostics, edit('=== guest_1 ===', '=== guest_one ===')),
    ).toBe(undefined);
    expect(knotCheck(base, baseCheck.diagnostics, edit('VAR trust = 0', 'VAR trust = 1'))).toBe(
      undefined,
    );
  });

  it('clears a mended error, and gives the checked problems back for the checked text', () => {
    const broken = edit('-> what_now', '-> nowhere');
    const check = quickCheck(broken);
    expect(check.diagnostics).toHaveLength(1);
    expect(knotCheck(broken, check.diagnostics, base)).toEqual([]);
    expect(knotCheck(broken, check.diagnostics, [{ ...broken[0]! }])).toEqual(check.diagnostics);
  });
});
