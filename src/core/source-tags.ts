import { AMBIENCE_IDS, SCENE_IDS, STORY_SOUND_IDS } from './asset-ids.ts';
import { parseTag, type Tag, type TagProblem } from './tags.ts';

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
    // ink ends a tag where a divert or a thread starts: '#mood: calm -> next'.
    if (current && (line.startsWith('->', i) || line.startsWith('<-', i))) {
      tags.push(current);
      current = undefined;
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

/** Every tag written in an ink source, with its line number, comments left out. */
export function tagsInSource(source: string): { line: number; body: string }[] {
  return stripComments(source).flatMap((text, i) =>
    tagsOf(text, CHOICE_START.test(text)).map((raw) => ({ line: i + 1, body: raw.text.trim() })),
  );
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
        problems.push({ line, ...result.error });
        continue;
      }
      const unknownAsset = assetWarning(result.value);
      if (unknownAsset) problems.push({ line, ...unknownAsset });
      const { kind } = result.value;
      if ((kind === 'quality' || kind === 'feedback' || kind === 'barrier') && !raw.inBrackets) {
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

const SCENES: readonly string[] = SCENE_IDS;
const SOUNDS: readonly string[] = STORY_SOUND_IDS;
const AMBIENCES: readonly string[] = AMBIENCE_IDS;

/** A scene or sound the game has no drawing or file for still plays, but deserves a warning. */
function assetWarning(tag: Tag): TagProblem | undefined {
  const scene =
    tag.kind === 'scene'
      ? tag.id
      : tag.kind === 'global' && tag.key === 'setting'
        ? tag.value
        : undefined;
  if (scene !== undefined && !SCENES.includes(scene)) {
    return {
      severity: 'warning',
      message: `no drawing for scene '${scene}': a neutral backdrop is shown`,
      hint: `scenes are: ${SCENES.join(', ')}`,
    };
  }
  if (tag.kind === 'ambience' && !AMBIENCES.includes(tag.id)) {
    return {
      severity: 'warning',
      message: `no ambience named '${tag.id}': the scene's own loop plays`,
      hint: `ambiences are: ${AMBIENCES.join(', ')}`,
    };
  }
  if (tag.kind === 'sfx' && !SOUNDS.includes(tag.id)) {
    return {
      severity: 'warning',
      message: `no sound named '${tag.id}': nothing plays`,
      hint: `sounds are: ${SOUNDS.join(', ')}`,
    };
  }
  return undefined;
}
