import { describe, expect, it } from 'vitest';
import { suggestAt } from './ink-completions.ts';
import { countWords } from './word-count.ts';

const labels = (before: string, knots: string[] = []) =>
  suggestAt(before, knots)?.options.map((o) => o.label) ?? [];

describe('autocomplete', () => {
  it('offers knots, stitches, END and DONE after a divert', () => {
    expect(labels('  -> ', ['search', 'search.email'])).toEqual([
      'search',
      'search.email',
      'END',
      'DONE',
    ]);
    expect(suggestAt('  -> sea', ['search'])?.from).toBe(5);
  });

  it('offers moods after #mood:, scene ids after #scene: and # setting:', () => {
    expect(labels('Hello. #mood: ')).toContain('frustrated');
    expect(labels('# setting: hot')).toContain('hotel-lobby');
    expect(labels('Hi #scene: ')).toContain('call-centre');
    expect(suggestAt('Hello. #mood: wor', [])?.from).toBe('Hello. #mood: '.length);
  });

  it('offers tag names and the ten qualities after #', () => {
    const names = labels('* [Listen #');
    expect(names).toContain('speaker: ');
    expect(names).toContain('feedback: ');
    expect(names).toContain('listening +');
    expect(names).toContain('community +');
  });

  it('offers nothing in plain text or after an unknown tag', () => {
    expect(suggestAt('She waits at the desk.', [])).toBeUndefined();
    expect(suggestAt('# author: ', [])).toBeUndefined();
  });
});

describe('the word count', () => {
  it('counts what players read, not tags, comments, logic, knots or diverts', () => {
    const text = [
      '// a note for writers',
      '# title: Ignored',
      '=== desk ===',
      'VAR patience = 3',
      '~ patience = 2',
      'Sam waits at the desk. #speaker: Sam',
      "* [Ask what's wrong #listening +2 #feedback: Never read here.]",
      '  -> END',
    ].join('\n');
    expect(countWords(text)).toBe(5 + 3);
  });
});
