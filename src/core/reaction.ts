import type { StoryLine } from './beat.ts';
import type { Mood } from './moods.ts';

/** How the customer answered one choice, as far as the choice can be credited with it. */
export interface Reaction {
  /** The customer's next line after the choice, while the reaction lasts. */
  line?: string;
  /** The customer's mood once the reaction is over (unchanged when nothing moved it). */
  mood: Mood;
  /** False when the customer neither spoke nor showed a mood before the reaction ended. */
  onStage: boolean;
  /** Why the reaction stopped before the next decision, when it did. */
  cut?: 'scene' | 'other-speaker';
}

const LEARNER = 'you';
const same = (a: string | undefined, b: string) =>
  (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The lines after a choice that the choice can be credited with: up to the next decision, but no
 * further than a change of scene or a line from someone other than the customer and the learner,
 * since news brought by a scene change or another person is not the choice's doing.
 */
export function reactionTo(
  reply: readonly StoryLine[],
  customer: string,
  moodBefore: Mood,
  sceneBefore: string,
): Reaction {
  let mood = moodBefore;
  let line: string | undefined;
  let onStage = false;
  for (const l of reply) {
    if (l.scene !== undefined && l.scene !== sceneBefore)
      return { mood, onStage, cut: 'scene', ...(line ? { line } : {}) };
    const byCustomer = same(l.speaker, customer);
    if (l.speaker !== undefined && !byCustomer && !same(l.speaker, LEARNER))
      return { mood, onStage, cut: 'other-speaker', ...(line ? { line } : {}) };
    if (l.mood) {
      mood = l.mood;
      onStage = true;
    }
    if (byCustomer) {
      onStage = true;
      line ??= l.text;
    }
  }
  return { mood, onStage, ...(line ? { line } : {}) };
}
