import type { Story } from 'inkjs';
import type { Beat, StoryLine } from './beat.ts';
import { readChoice, readLine, type ProblemSink } from './line-tags.ts';

/**
 * Continues the story to its next decision or its end. Whitespace-only lines are dropped from the
 * transcript, but their tags still apply (ink emits tag-only lines, e.g. after INCLUDE).
 */
export function readBeat(story: Story, report: ProblemSink): Beat {
  const lines: StoryLine[] = [];
  let carried: StoryLine | undefined;
  while (story.canContinue) {
    const text = story.Continue() ?? '';
    const line = readLine(text, story.currentTags, report);
    if (carried) {
      line.speaker ??= carried.speaker;
      line.mood ??= carried.mood;
      line.scene ??= carried.scene;
      line.ambience ??= carried.ambience;
      line.ending ??= carried.ending;
      line.outcome ??= carried.outcome;
      line.sfx = [...carried.sfx, ...line.sfx];
      carried = undefined;
    }
    if (line.text === '') carried = line;
    else lines.push(line);
  }
  if (carried) {
    // Tags on a trailing empty line (often '#ending:' before END) belong to the beat's last line.
    const last = lines[lines.length - 1];
    if (last) {
      last.ending ??= carried.ending;
      last.outcome ??= carried.outcome;
      last.mood ??= carried.mood;
      last.sfx.push(...carried.sfx);
    } else {
      lines.push(carried);
    }
  }
  const choices = story.currentChoices.map((choice, index) =>
    readChoice(index, choice.text, choice.tags, report),
  );
  return { lines, choices, ended: choices.length === 0 };
}

/** The ending title of a beat, if one of its lines carries '#ending:'. */
export function endingOf(beat: Beat): string | undefined {
  for (let i = beat.lines.length - 1; i >= 0; i--) {
    const ending = beat.lines[i]?.ending;
    if (ending) return ending;
  }
  return undefined;
}
