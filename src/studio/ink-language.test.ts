import { StringStream } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { inkParser } from './ink-language.ts';

/** Each line's non-blank tokens as 'kind:text', plain text as 'text:…'. */
function tokens(source: string): string[] {
  const state = inkParser.startState?.(2) ?? { inBlockComment: false, atLineStart: true };
  const out: string[] = [];
  for (const line of source.split('\n')) {
    if (line === '') inkParser.blankLine?.(state, 2);
    const stream = new StringStream(line, 2, 2);
    while (!stream.eol()) {
      const kind = inkParser.token(stream, state) ?? 'text';
      const text = stream.current().trim();
      if (text) out.push(`${kind}:${text}`);
      stream.start = stream.pos;
    }
  }
  return out;
}

describe('ink highlighting', () => {
  it('marks knots, stitches, choices, tags and diverts', () => {
    expect(tokens('=== greet ===\n= again\n* [Ask #listening +2] -> greet.again')).toEqual([
      'knot:=== greet ===',
      'stitch:= again',
      'choice:*',
      'bracket:[',
      'text:Ask',
      'tag:#listening +2',
      'bracket:]',
      'divert:-> greet.again',
    ]);
  });

  it('marks comments, logic and gathers, and a tag at the end of a line', () => {
    expect(tokens('// note\n~ x = 1\n- Done. #ending: Heard /* aside */\n/* a\nb */')).toEqual([
      'comment:// note',
      'logic:~ x = 1',
      'choice:-',
      'text:Done.',
      'tag:#ending: Heard',
      'comment:/*',
      'comment:aside */',
      'comment:/*',
      'comment:a',
      'comment:b */',
    ]);
  });
});
