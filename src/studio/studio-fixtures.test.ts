import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../build/compile-ink.ts';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { fullCheck, quickCheck } from './compile-text.ts';

// One-file stories from issue 12's list, pasted into the Studio as a trainer would: the Studio
// must say what the build says, at the same lines, and never hang (nested INCLUDEs: compile-text.test).
const FILES = [
  'loops/choice-loop-no-end.ink',
  'loops/loop-no-choice.ink',
  'loops/sticky-hub.ink',
  'loops/ten-merged.ink',
  'loops/random-branch.ink',
  'inky/external-fallback.ink',
  'inky/external-no-fallback.ink',
  'inky/bom.ink',
  'inky/tag-divert.ink',
  'inky/author-tag.ink',
];

const said = (ds: readonly { line: number; severity: string; message: string }[]) =>
  ds.map((d) => `${d.line}: ${d.severity}: ${d.message}`).sort();

describe('the Studio on the stories that once hung or misread the tools', () => {
  it.each(FILES)('%s: the same problems as the build', (name) => {
    const file = path.join(FIXTURES, name);
    const text = readFileSync(file, 'utf8');
    const files = [{ name: path.basename(name), text }];
    const quick = quickCheck(files);
    const studio = quick.json
      ? [...quick.compile, ...fullCheck(quick.json, files).diagnostics]
      : quick.diagnostics;
    expect(said(studio)).toEqual(said(compileInkFile(file).diagnostics));
  });
});
