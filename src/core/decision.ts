import type { ChoiceOption, StoryLine } from './beat.ts';
import type { Mood } from './moods.ts';

/** One decision of a playthrough, as the debrief, the walk-through and the CSV read it. */
export interface Decision {
  /** The lines the learner read just before deciding. */
  prompt: StoryLine[];
  options: ChoiceOption[];
  chosen: number;
  moodBefore: Mood;
  /** The customer's mood once the reply (below) has been read. */
  moodAfter: Mood;
  /** The lines shown right after the choice, up to the next decision or the end, as read. */
  reply: StoryLine[];
  sceneBefore: string;
  sceneAfter: string;
}
