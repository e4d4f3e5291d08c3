import type { ChoiceEffect, ChoiceOption, RuntimeProblem, StoryLine } from './beat.ts';
import { parseTag } from './tags.ts';

export type ProblemSink = (problem: RuntimeProblem) => void;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** Turns one output line and its tags into a transcript line; bad tags are reported and skipped. */
export function readLine(
  text: string,
  tags: readonly string[] | null,
  report: ProblemSink,
): StoryLine {
  const line: StoryLine = { text: text.trim(), sfx: [] };
  for (const raw of tags ?? []) {
    const result = parseTag(raw);
    if (!result.ok) {
      report({ ...result.error, near: clip(text) });
      continue;
    }
    const tag = result.value;
    switch (tag.kind) {
      case 'speaker':
        line.speaker = tag.name;
        break;
      case 'mood':
        line.mood = tag.mood;
        break;
      case 'scene':
        line.scene = tag.id;
        break;
      case 'ambience':
        line.ambience = tag.id;
        break;
      case 'sfx':
        line.sfx.push(tag.id);
        break;
      case 'ending':
        line.ending = tag.title;
        break;
      case 'outcome':
        line.outcome = tag.outcome;
        break;
      case 'presence':
        (line.presence ??= []).push(tag.change);
        break;
      case 'look':
        // Read by the build, which draws the faces; nothing changes on screen at this line.
        break;
      case 'global':
      case 'scoring':
        // ink repeats the story's global tags on its first line; they are metadata, not line tags.
        break;
      case 'quality':
      case 'feedback':
      case 'barrier':
        report({
          severity: 'error',
          message: `'#${raw.trim()}' is on a line, not a choice, so it scores nothing`,
          hint: 'choice tags go inside the brackets: * [Listen first #listening +2]',
          near: clip(text),
        });
        break;
    }
  }
  return line;
}

/** Reads a choice's bracketed tags into its score effects and feedback. */
export function readChoice(
  index: number,
  text: string,
  tags: readonly string[] | null,
  report: ProblemSink,
): ChoiceOption {
  const effects: ChoiceEffect[] = [];
  const option: ChoiceOption = { index, text: text.trim(), effects, barriers: [] };
  for (const raw of tags ?? []) {
    const result = parseTag(raw);
    if (!result.ok) {
      report({ ...result.error, near: clip(text) });
      continue;
    }
    const tag = result.value;
    if (tag.kind === 'quality') {
      const same = effects.find((e) => e.quality === tag.quality);
      if (same) same.amount += tag.amount;
      else effects.push({ quality: tag.quality, amount: tag.amount });
    } else if (tag.kind === 'barrier') {
      if (!option.barriers.includes(tag.id)) option.barriers.push(tag.id);
    } else if (tag.kind === 'feedback') {
      option.feedback = option.feedback ? `${option.feedback} ${tag.text}` : tag.text;
    } else {
      report({
        severity: 'warning',
        message: `'#${raw.trim()}' on a choice has no effect`,
        hint: 'choices take quality and feedback tags; put line tags on the line after the choice',
        near: clip(text),
      });
    }
  }
  return option;
}
