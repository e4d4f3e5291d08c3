import type { BarrierId } from './barriers.ts';
import type { Mood } from './moods.ts';
import type { PresenceChange } from './presence.ts';
import type { QualityId } from './qualities.ts';
import type { Outcome } from './tags.ts';

export interface StoryLine {
  text: string;
  speaker?: string;
  mood?: Mood;
  scene?: string;
  ambience?: string;
  sfx: string[];
  /** Who enters, leaves or calls with this line ('#onstage:', '#enter:', '#leave:', '#call:', '#chat:'). */
  presence?: PresenceChange[];
  ending?: string;
  /** An ending's own word on whether the customer left better off. */
  outcome?: Outcome;
}

export interface ChoiceEffect {
  quality: QualityId;
  amount: number;
}

export interface ChoiceOption {
  index: number;
  text: string;
  effects: ChoiceEffect[];
  feedback?: string;
  /** Barriers (seed 004) this choice falls into, from '#barrier:' tags. */
  barriers: BarrierId[];
  /** The choice's place among those written at its choice point (see `choicePlace`). */
  slot?: number;
}

/** What the story shows between two decisions: its lines, then its choices or its end. */
export interface Beat {
  lines: StoryLine[];
  choices: ChoiceOption[];
  /** Where in the ink the choices are offered: the same question on every route (`choicePlace`). */
  point?: string;
  ended: boolean;
  /** Set when the story looped or spun without a choice and reading stopped at its bound. */
  stalled?: 'loop' | 'spin';
}

export interface RuntimeProblem {
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
  /** The story text nearest the problem, since compiled ink keeps no line numbers. */
  near?: string;
  /** The knot it happened in, when no story text is near (a spin shows nothing). */
  knot?: string;
}
