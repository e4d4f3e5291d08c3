import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { editorMarks } from './lint-marks.ts';

const doc = Text.of(['first', 'second line', 'third']);
const problem = (line: number, hint?: string) => ({
  file: 'studio.ink',
  line,
  severity: 'error' as const,
  message: 'broken',
  ...(hint ? { hint } : {}),
});

describe('editor marks', () => {
  it('covers the whole line of each problem, with its hint', () => {
    expect(editorMarks(doc, [problem(2, 'fix it')])).toEqual([
      { from: 6, to: 17, severity: 'error', source: 'line 2', message: 'broken (fix it)' },
    ]);
  });

  it('keeps a line beyond the text on the last line', () => {
    expect(editorMarks(doc, [problem(9)])[0]).toMatchObject({ from: 18, to: 23 });
  });
});
