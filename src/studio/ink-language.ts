import { StreamLanguage, type StreamParser } from '@codemirror/language';
import { tags } from '@lezer/highlight';

interface InkState {
  inBlockComment: boolean;
  /** Nothing but spaces read yet on this line: where knots, choices and gathers start. */
  atLineStart: boolean;
}

/**
 * A line-by-line tokenizer for the parts of ink a trainer writes: knots, stitches, choices,
 * gathers, diverts, tags, comments and logic. Enough to read a story at a glance, not a parser.
 */
export const inkParser: StreamParser<InkState> = {
  name: 'ink',
  startState: () => ({ inBlockComment: false, atLineStart: true }),
  copyState: (state) => ({ ...state }),
  token(stream, state) {
    if (stream.sol()) state.atLineStart = true;
    if (state.inBlockComment) {
      const end = stream.string.indexOf('*/', stream.pos);
      state.inBlockComment = end < 0;
      stream.pos = end < 0 ? stream.string.length : end + 2;
      return 'comment';
    }
    if (stream.eatSpace()) return null;
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.match('/*')) {
      state.inBlockComment = true;
      return 'comment';
    }
    const lineStart = state.atLineStart;
    state.atLineStart = false;
    if (lineStart) {
      if (stream.match(/^={2,}[^/]*/)) return 'knot';
      if (stream.match(/^=\s*\w+[^/]*/)) return 'stitch';
      if (stream.match(/^([*+]\s*)+/)) return 'choice';
      if (stream.match(/^(-(?!>)\s*)+/)) return 'choice';
      if (stream.match('~')) {
        stream.match(/^[^/]*/);
        return 'logic';
      }
      if (stream.match(/^(VAR|CONST|INCLUDE|EXTERNAL|LIST|TODO:?)\b/)) return 'logic';
    }
    if (stream.match(/^(->|<-)(->)?\s*[\w.]*/)) return 'divert';
    if (stream.match('#')) {
      stream.match(/^[^#\]/]*/);
      return 'tag';
    }
    if (stream.match(/^[[\]{}]/)) return 'bracket';
    stream.next();
    stream.match(/^[^#[\]{}\-</]*/);
    return null;
  },
  blankLine(state) {
    state.atLineStart = true;
  },
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
  tokenTable: {
    knot: tags.heading1,
    stitch: tags.heading2,
    choice: tags.keyword,
    divert: tags.link,
    tag: tags.meta,
    logic: tags.processingInstruction,
    bracket: tags.squareBracket,
  },
};

export const inkLanguage = StreamLanguage.define(inkParser);
