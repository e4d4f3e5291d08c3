import type { Story } from 'inkjs';
import type { Beat, StoryLine } from './beat.ts';
import { choicePlace } from './choice-point.ts';
import { readChoice, readLine, type ProblemSink } from './line-tags.ts';

/** More lines than any scene shows between two decisions: past it, the story is looping. */
export const MAX_BEAT_LINES = 1_000;
/** ink steps in one line of output: a line takes tens, a busy function thousands; past this it spins. */
export const MAX_STEPS_PER_LINE = 50_000;

class Spin extends Error {}
const counted = new WeakMap<Story, { steps: number }>();

/**
 * Counts ink's steps (its private `Step`, wrapped once per Story) so a Continue that never reaches
 * the end of a line stops after a fixed amount of work. Counting work, not time, gives the same
 * answer on a busy machine as on an idle one.
 */
function stepCounter(story: Story): { steps: number } {
  const known = counted.get(story);
  if (known) return known;
  const c = { steps: 0 };
  const inner = story as unknown as { Step: () => void };
  const step = inner.Step.bind(story);
  inner.Step = () => {
    if (++c.steps > MAX_STEPS_PER_LINE) throw new Spin('spin');
    step();
  };
  counted.set(story, c);
  return c;
}

function knotOf(story: Story): string | undefined {
  const at = story.state.currentPathString ?? story.state.previousPointer?.path?.toString();
  const knot = at?.split('.')[0];
  return knot && !/^\d+$/.test(knot) ? knot : undefined;
}

/** Tags on a tag-only line at the end of a beat come after its last line, so they win over it. */
function mergeTrailing(last: StoryLine, carried: StoryLine): void {
  last.speaker ??= carried.speaker;
  last.mood = carried.mood ?? last.mood;
  last.scene = carried.scene ?? last.scene;
  last.ambience = carried.ambience ?? last.ambience;
  last.ending = carried.ending ?? last.ending;
  last.outcome = carried.outcome ?? last.outcome;
  last.sfx.push(...carried.sfx);
}

/**
 * Continues the story to its next decision or its end. Whitespace-only lines are dropped from the
 * transcript, but their tags still apply (ink emits tag-only lines, e.g. after INCLUDE or just
 * before a choice). A story that loops without offering a choice stops with `stalled` instead of
 * running for ever: ink has no such bound of its own.
 */
export function readBeat(story: Story, report: ProblemSink): Beat {
  const lines: StoryLine[] = [];
  let carried: StoryLine | undefined;
  let continues = 0;
  const counter = stepCounter(story);
  while (story.canContinue) {
    counter.steps = 0;
    let spun = false;
    try {
      story.Continue();
    } catch (err) {
      if (!(err instanceof Spin)) throw err;
      spun = true;
    }
    if (spun) {
      const knot = knotOf(story);
      report({
        severity: 'error',
        message: `the story spins without output or a choice${knot ? ` in '${knot}'` : ''}`,
        hint: 'a knot that only diverts to itself never ends: add a choice or -> END',
        ...(knot ? { knot } : {}),
      });
      return { lines, choices: [], ended: true, stalled: 'spin' };
    }
    if (++continues > MAX_BEAT_LINES) {
      const near = lines[lines.length - 1]?.text ?? carried?.text;
      report({
        severity: 'error',
        message: `the story loops without a choice (more than ${MAX_BEAT_LINES} lines in a row)`,
        hint: 'a loop needs a choice that leaves it, or a condition that ends it',
        ...(near ? { near } : {}),
      });
      return { lines, choices: [], ended: true, stalled: 'loop' };
    }
    const line = readLine(story.currentText ?? '', story.currentTags, report);
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
    const last = lines[lines.length - 1];
    if (last) mergeTrailing(last, carried);
    else lines.push(carried);
  }
  let point: string | undefined;
  const choices = story.currentChoices.map((choice, index) => {
    const option = readChoice(index, choice.text, choice.tags, report);
    const place = choicePlace(choice.targetPath?.toString());
    if (place) option.slot = place.slot;
    point ??= place?.point;
    return option;
  });
  return { lines, choices, ...(point ? { point } : {}), ended: choices.length === 0 };
}

/** The ending title of a beat, if one of its lines carries '#ending:'. */
export function endingOf(beat: Beat): string | undefined {
  for (let i = beat.lines.length - 1; i >= 0; i--) {
    const ending = beat.lines[i]?.ending;
    if (ending) return ending;
  }
  return undefined;
}
