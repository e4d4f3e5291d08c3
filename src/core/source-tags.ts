import { parseTag, type TagProblem } from './tags.ts';

export interface SourceProblem extends TagProblem {
  line: number;
}

interface RawTag {
  text: string;
  inBrackets: boolean;
}

/** Removes comments, keeping line numbers: ink's '//' and block comments. */
export function stripComments(source: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const line of source.split(/\r?\n/)) {
    let kept = '';
    let i = 0;
    while (i < line.length) {
      if (inBlock) {
        const end = line.indexOf('*/', i);
        if (end < 0) {
          i = line.length;
        } else {
          inBlock = false;
          i = end + 2;
        }
      } else if (line.startsWith('/*', i)) {
        inBlock = true;
        i += 2;
      } else if (line.startsWith('//', i)) {
        i = line.length;
      } else {
        kept += line[i];
        i++;
      }
    }
    out.push(kept);
  }
  return out;
}

const CHOICE_START = /^\s*([*+]\s*)+(\(\s*\w+\s*\)\s*)?/;

/** Splits a line into its tags, marking those written inside a choice's square brackets. */
function tagsOf(line: string, isChoice: boolean): RawTag[] {
  const tags: RawTag[] = [];
  let depth = 0;
  let current: RawTag | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') {
      if (current) current.text += line[i + 1] ?? '';
      i++;
      continue;
    }
    if (isChoice && ch === '[') depth++;
    if (isChoice && ch === ']') {
      depth = Math.max(0, depth - 1);
      if (current) {
        tags.push(current);
        current = undefined;
      }
      continue;
    }
    if (ch === '#') {
      if (current) tags.push(current);
      current = { text: '', inBrackets: isChoice && depth > 0 };
      continue;
    }
    if (current) current.text += ch;
  }
  if (current) tags.push(current);
  return tags;
}

/**
 * Checks every tag in an ink source against the contract, with line numbers, which the compiled
 * story no longer has. Catches the classic slip: a score tag after ']' scores the next line, not
 * the choice.
 */
export function checkSourceTags(source: string): SourceProblem[] {
  const problems: SourceProblem[] = [];
  stripComments(source).forEach((text, i) => {
    const line = i + 1;
    const isChoice = CHOICE_START.test(text);
    for (const raw of tagsOf(text, isChoice)) {
      const body = raw.text.trim();
      if (body.includes('{')) continue; // dynamic tag: only known at run time
      const result = parseTag(body);
      if (!result.ok) {
        problems.push({ line, ...result.problem });
        continue;
      }
      const { kind } = result.tag;
      if ((kind === 'quality' || kind === 'feedback') && !raw.inBrackets) {
        problems.push({
          line,
          severity: 'error',
          message: isChoice
            ? `'#${body}' is outside the choice's brackets, so it tags the next line and scores nothing`
            : `'#${body}' is on a line, not a choice, so it scores nothing`,
          hint: 'write choice tags inside the brackets: * [Listen first #listening +2]',
        });
      }
    }
  });
  return problems;
}
