import { stripComments } from '../core/source-tags.ts';
import type { StoryFile } from './story-files.ts';

const NOT_TEXT = /^\s*(?:={1,}\s*\w|~|VAR\b|CONST\b|INCLUDE\b|EXTERNAL\b|LIST\b|TODO\b)/;

/** A line as the learner reads it: no choice marks, labels, tags, diverts or glue. */
function readable(line: string): string {
  return line
    .replace(/^\s*(?:(?:[*+]|-(?!>))\s*)+(?:\(\w+\)\s*)?/, '')
    .replace(/#[^#\]]*/g, ' ')
    .replace(/(?:->|<-)(?:->)?\s*[\w.]*/g, ' ')
    .replace(/<>|[[\]{}|]/g, ' ');
}

/**
 * How many words a story's players can read in this text: its lines and choices, without comments,
 * tags, knot headers, logic or diverts. A writer's measure, not a parser's: conditions inside
 * braces count as they read.
 */
export function countWords(text: string): number {
  let words = 0;
  for (const line of stripComments(text)) {
    if (NOT_TEXT.test(line)) continue;
    words += readable(line).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  }
  return words;
}

/** The editor's footer: words in the file on screen and, with several files, in the whole story. */
export function wordCountLine(files: readonly StoryFile[], current: string): string {
  const here = countWords(files.find((f) => f.name === current)?.text ?? '');
  if (files.length <= 1) return `${here} words for players to read.`;
  const total = files.reduce((n, f) => n + countWords(f.text), 0);
  return `${here} words in ${current}, ${total} in the story.`;
}
