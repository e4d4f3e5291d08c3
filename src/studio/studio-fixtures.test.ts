import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../build/compile-ink.ts';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { ISSUE_12_CASES } from '../../test/helpers/issue12-fixtures.ts';
import { fullCheck, quickCheck } from './compile-text.ts';
import { includesOf, type StoryFile } from './story-files.ts';

// Issue 12's stories opened in the Studio as a trainer would: the main story and every file it
// INCLUDEs, as tabs. The Studio must say what the build says, at the same files and lines, give
// each broken one its problem and each good one its exact scores, and never hang.

/** The main story, then each file it (or an INCLUDEd file) INCLUDEs, named as INCLUDE names it. */
function opened(file: string): StoryFile[] {
  const folder = path.dirname(path.join(FIXTURES, file));
  const files: StoryFile[] = [];
  const open = (name: string) => {
    if (files.some((f) => f.name === name)) return;
    const text = readFileSync(path.join(folder, name), 'utf8');
    files.push({ name, text });
    for (const i of includesOf(text)) open(i.name);
  };
  open(path.basename(file));
  return files;
}

const said = (ds: readonly { file: string; line: number; severity: string; message: string }[]) =>
  ds.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`).sort();

describe('the Studio on the stories that once hung or misread the tools', () => {
  it.each(ISSUE_12_CASES)('$file', (c) => {
    const files = opened(c.file);
    const quick = quickCheck(files);
    const full = quick.json ? fullCheck(quick.json, files) : undefined;
    const studio = full ? [...quick.compile, ...full.diagnostics] : quick.diagnostics;
    const folder = path.dirname(path.join(FIXTURES, c.file));
    expect(said(studio)).toEqual(said(compileInkFile(path.basename(c.file), folder).diagnostics));

    const errors = studio.filter((d) => d.severity === 'error');
    if ('problem' in c) {
      const problem = errors.find((d) => d.line === c.problem.line);
      expect(problem?.file).toBe(path.basename(c.file));
      expect(problem?.message).toContain(c.problem.says);
      return;
    }
    expect(errors).toEqual([]);
    if (c.warns)
      expect(studio).toContainEqual(
        expect.objectContaining({
          line: c.warns.line,
          severity: 'warning',
          message: expect.stringContaining(c.warns.says),
        }),
      );
    expect(full?.meta?.title).toBe(c.title);
    expect(full?.ranges?.exact).toBe(true);
    expect(full?.ranges?.maxTotal).toBe(c.maxTotal);
    expect(full?.ranges?.max).toMatchObject(c.max);
    for (const [title, paths] of Object.entries(c.endings))
      expect(full?.report, title).toMatch(
        new RegExp(`^ +\\d+% +${title} \\(${paths} paths\\)$`, 'm'),
      );
  });
});
