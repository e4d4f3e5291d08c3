import { describe, expect, it } from 'vitest';
import { checkStudioText, reportStudioText } from './compile-text.ts';
import { TEMPLATE_STORY } from './template-story.ts';

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe("the Studio's check", () => {
  it('passes the template story with no error and no warning', () => {
    const check = checkStudioText(TEMPLATE_STORY);
    expect(check.diagnostics).toEqual([]);
    expect(check.json).toBeTypeOf('string');
    expect(check.title).toBe('The missing booking');
  });

  it('gives an unknown quality with its line and a suggestion, as the build does', () => {
    const text = TEMPLATE_STORY.replace('#listening +2', '#listning +2');
    expect(checkStudioText(text).diagnostics).toContainEqual(
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
    const check = checkStudioText(text);
    expect(check.json).toBeUndefined();
    expect(check.diagnostics).toContainEqual(
      expect.objectContaining({
        line: lineOf(text, '-> nowhere'),
        severity: 'error',
        message: expect.stringContaining('nowhere'),
      }),
    );
  });

  it('reports a path without an ending but still gives playable JSON', () => {
    const check = checkStudioText(TEMPLATE_STORY.replace(' #ending: Sent on her way', ''));
    expect(check.json).toBeTypeOf('string');
    expect(check.diagnostics.map((d) => d.message).join('\n')).toMatch(/without '#ending:'/);
  });
});

describe("the Studio's report", () => {
  it('is the stories:report text for the story', () => {
    const check = checkStudioText(TEMPLATE_STORY);
    const report = reportStudioText(check.json ?? '', check.title);
    expect(report).toMatch(
      /^# The missing booking\nexploration: exact \(\d+ story states\)\npaths: 4\n/,
    );
    expect(report).toContain('Sorted together');
    expect(report).toContain('bot playtests: 200 random playthroughs');
  });
});
