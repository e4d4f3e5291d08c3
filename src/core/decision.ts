import type { ChoiceOption, StoryLine } from './beat.ts';
import type { Mood } from './moods.ts';

/** One decision of a playthrough, as the debrief, the walk-through and the CSV read it. */
export interface Decision {
  /** The lines the learner read just before deciding. */
  prompt: StoryLine[];
  options: ChoiceOption[];
  /** Where in the ink the decision is offered (`Beat.point`). */
  point?: string;
  chosen: number;
  moodBefore: Mood;
  /** The customer's mood once the reply (below) has been read. */
  moodAfter: Mood;
  /** The lines shown right after the choice, up to the next decision or the end, as read. */
  reply: StoryLine[];
  sceneBefore: string;
  sceneAfter: string;
  /**
   * Whether the customer was on stage (in the room or on a call) when the choice was offered, by
   * the story's presence tags. Absent on decisions saved before it was recorded.
   */
  customerThere?: boolean;
}

/** The question a decision answers: the last line read before it, with who said it. */
export function saidBefore(decision: Pick<Decision, 'prompt'>): string {
  const said = decision.prompt.filter((l) => l.text !== '').slice(-1)[0];
  return said ? (said.speaker ? `${said.speaker}: ${said.text}` : said.text) : '';
}
