import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkSource } from '../build/compile-ink.ts';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { fullCheck, quickCheck } from './compile-text.ts';
import type { StoryFile } from './story-files.ts';
import { TEMPLATE_STORY } from './template-story.ts';

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const one = (text: string): StoryFile[] => [{ name: 'story.ink', text }];
const both = (files: StoryFile[]) => {
  const quick = quickCheck(files);
  const full = quick.json ? fullCheck(quick.json, files) : undefined;
  return { quick, full, all: [...quick.compile, ...(full?.diagnostics ?? quick.diagnostics)] };
};

// A main story and one INCLUDEd scene, as an Inky user splits a story.
const MAIN = `# title: Two files
# summary: Sam needs a hand.
# role: Tester
# setting: office
# customer: Sam
# minutes: 1
INCLUDE scenes/desk.ink

Sam waits at the desk. #speaker: Sam
-> desk
`;
const DESK = `=== desk ===
* [Listen first #listening +2 #feedback: Listening first tells Sam he matters.]
  Sam explains. #mood: calm
  He leaves happy. #ending: Heard
  -> END
* [Carry on typing #listening -1 #feedback: He is still waiting.]
  Sam sighs. #mood: frustrated
  He leaves. #ending: Ignored
  -> END
`;

describe("the Studio's quick check", () => {
  it('passes the template story with no error and no warning', () => {
    const check = quickCheck(one(TEMPLATE_STORY));
    expect(check.diagnostics).toEqual([]);
    expect(check.json).toBeTypeOf('string');
    expect(check.title).toBe('The missing booking');
  });

  it('gives an unknown quality with its line and a suggestion, as the build does', () => {
    const text = TEMPLATE_STORY.replace('#listening +2', '#listning +2');
    expect(quickCheck(one(text)).diagnostics).toContainEqual(
      expect.objectContaining({
        line: lineOf(text, '#listning'),
        severity: 'error',
        message: "unknown quality 'listning'",
        hint: "did you mean 'listening'?",
      }),
    );
  });

  it("gives ink's own errors with their lines, and no JSON", () => {
    const text = `${TEMPLATE_STORY}\n=== broken ===\n-> nowhere\n`;
    const check = quickCheck(one(text));
    expect(check.json).toBeUndefined();
    expect(check.diagnostics).toContainEqual(
      expect.objectContaining({
        line: lineOf(text, '-> nowhere'),
        severity: 'error',
        message: expect.stringContaining('nowhere'),
      }),
    );
  });

  it('does not explore: a path without an ending waits for the full check', () => {
    const files = one(TEMPLATE_STORY.replace(' #ending: Sent on her way', ''));
    const { quick, full } = both(files);
    expect(quick.json).toBeTypeOf('string');
    expect(quick.diagnostics).toEqual([]);
    expect(full?.diagnostics.map((d) => d.message).join('\n')).toMatch(/without '#ending:'/);
  });
});

describe('a story in several files', () => {
  it('compiles nested INCLUDEs to the very JSON the build ships', () => {
    const folder = path.join(FIXTURES, 'inky');
    const names = ['nested-include.ink', 'parts/desk.ink', 'parts/more/taxi.ink'];
    const files = names.map((name) => ({
      name,
      text: readFileSync(path.join(folder, name), 'utf8'),
    }));
    const shipped = compileInkSource(path.join(folder, 'nested-include.ink')).json;
    expect(shipped).toBeDefined();
    expect(quickCheck(files).json).toBe(shipped);
  });

  it('compiles a main story with an INCLUDEd file from its folder', () => {
    const files = [
      { name: 'story.ink', text: MAIN },
      { name: 'scenes/desk.ink', text: DESK },
    ];
    const { quick, full, all } = both(files);
    // Only problems with the files themselves: the tiny story's scoring warnings are not the point.
    expect(all.filter((p) => p.rule !== 'judgement')).toEqual([]);
    expect(quick.title).toBe('Two files');
    expect(full?.ranges?.max.listening).toBe(2);
  });

  it('names the file and line of a problem in an INCLUDEd file', () => {
    const desk = DESK.replace('#listening -1', '#listning -1');
    const check = quickCheck([
      { name: 'story.ink', text: MAIN },
      { name: 'scenes/desk.ink', text: desk },
    ]);
    expect(check.diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'scenes/desk.ink',
        line: lineOf(desk, '#listning'),
        message: "unknown quality 'listning'",
      }),
    );
  });

  it('says which INCLUDE names a file that is not there', () => {
    const check = quickCheck(one(MAIN));
    expect(check.json).toBeUndefined();
    expect(check.diagnostics).toEqual([
      expect.objectContaining({
        file: 'story.ink',
        line: lineOf(MAIN, 'INCLUDE'),
        severity: 'error',
        message: 'INCLUDE scenes/desk.ink: there is no file called scenes/desk.ink',
      }),
    ]);
  });

  it('warns of a file no INCLUDE reads, and of an INCLUDEd file outside a folder', () => {
    const files = [
      { name: 'story.ink', text: MAIN.replace('scenes/desk.ink', 'desk.ink') },
      { name: 'desk.ink', text: DESK },
      { name: 'scenes/spare.ink', text: '=== spare ===\n-> END\n' },
    ];
    const messages = quickCheck(files).diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^story\.ink:7 INCLUDE desk\.ink: Put an INCLUDEd file in a folder/),
      'scenes/spare.ink:1 no file INCLUDEs scenes/spare.ink, so the story never reads it',
    ]);
  });
});

describe("the Studio's full check", () => {
  it('gives the stories:report text and the ranges the debrief reads', () => {
    const { quick, full } = both(one(TEMPLATE_STORY));
    expect(quick.json).toBeTypeOf('string');
    expect(full?.report).toMatch(
      /^# The missing booking\nexploration: exact \(\d+ story states\)\npaths: 4\n/,
    );
    expect(full?.report).toContain('Sorted together');
    expect(full?.report).toContain('bot playtests: 200 random playthroughs');
    expect(full?.meta?.customer).toBe('Ms. Ortiz');
    expect(full?.ranges?.maxTotal).toBeGreaterThan(0);
  });
});
