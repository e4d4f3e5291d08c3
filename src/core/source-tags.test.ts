import { describe, expect, it } from 'vitest';
import { checkSourceTags } from './source-tags';

describe('checkSourceTags', () => {
  it('accepts tags inside brackets and line tags on lines', () => {
    const source = [
      'Hello. #speaker: Ana #mood: calm',
      '* [Listen #listening +2 #feedback: Good: she is heard.]',
      '    Thanks. #ending: Done',
    ].join('\n');
    expect(checkSourceTags(source)).toEqual([]);
  });

  it('flags a score tag after the bracket with its line', () => {
    const problems = checkSourceTags('Hi.\n* [Listen] #listening +2\n  -> END');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, severity: 'error' });
    expect(problems[0]?.message).toContain('outside the choice');
  });

  it('flags unknown qualities, moods and tags with their lines', () => {
    const source =
      'One. #mood: grumpy\n* [Two #listning +1 #feedback: x]\n+ [Three #empathy +1 #speeker: Bo]';
    expect(checkSourceTags(source).map((p) => [p.line, p.message])).toEqual([
      [1, "unknown mood 'grumpy'"],
      [2, "unknown quality 'listning'"],
      [3, "unknown tag 'speeker:'"],
    ]);
  });

  it('ignores comments and escaped hashes', () => {
    const source =
      '// #listning +2\n/* #bogus\n #nope */ Text \\# not a tag\nLine #speaker: Ann // #junk';
    expect(checkSourceTags(source)).toEqual([]);
  });
});
