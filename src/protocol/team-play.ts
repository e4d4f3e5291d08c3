import type { DebriefView } from '../core/debrief.ts';
import type { StoryLine } from '../core/beat.ts';
import type { Mood } from '../core/moods.ts';

/** A story line as a team device shows it: words and staging, without the ending's `#outcome:`. */
export type TeamLine = Omit<StoryLine, 'outcome'>;

/**
 * Where a team is in the story, as the server plays it: lines to add, then the options' words
 * (in order; a choice is sent by its index) or the end. Scores, feedback and the seed never leave
 * the server, so a device cannot search for the best path.
 */
export interface TeamStep {
  lines: TeamLine[];
  choices: string[];
  mood: Mood;
  scene: string;
  ended: boolean;
  ending?: string;
}

/** The answer to an accepted choice: the beat it led to. */
export interface TeamChosen {
  made: number;
  finished: boolean;
  step: TeamStep;
}

/** The answer to `team:debrief`, once the results are revealed or the session ended. */
export interface TeamDebrief {
  debrief: DebriefView;
  finished: boolean;
}
