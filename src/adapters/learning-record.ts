import type { ChoiceEffect } from '../core/beat.ts';
import type { DebriefView } from '../core/debrief.ts';

export interface DecisionRecord {
  storyId: string;
  title: string;
  /** 1-based number of the decision in this playthrough. */
  number: number;
  options: string[];
  chosenIndex: number;
  chosen: string;
  effects: ChoiceEffect[];
  /** The choice point in the ink (`Beat.point`): the same question on every route. */
  point?: string;
  /** What the learner was answering: the last line read before the decision. */
  question: string;
  /** Each option's place among the choices written at the point (`ChoiceOption.slot`). */
  slots?: number[];
  /**
   * The route-aware model answers (indices into `options`), worked out on request: only a record
   * that reports correct responses asks, and undefined means they could not be worked out.
   */
  modelAnswers?: () => Promise<readonly number[] | undefined>;
}

export interface FinishedRecord {
  storyId: string;
  title: string;
  debrief: DebriefView;
  /** Time from the first beat to the ending, on this device. */
  durationMs: number;
}

/**
 * Where learning is reported beyond the device: an LMS (SCORM) or a learning record store (xAPI).
 * Calls must never throw or block play; a host that is missing or fails is simply not told.
 */
export interface LearningRecord {
  launched(storyIds: readonly string[]): void;
  decided(record: DecisionRecord): void;
  finished(record: FinishedRecord): void;
}

export const noLearningRecord: LearningRecord = {
  launched: () => undefined,
  decided: () => undefined,
  finished: () => undefined,
};

/** Tells several records at once; one failing record never stops the others. */
export function allRecords(records: readonly LearningRecord[]): LearningRecord {
  const each = (fn: (r: LearningRecord) => void) => {
    for (const r of records) {
      try {
        fn(r);
      } catch (err) {
        console.warn('Serving Moments: a learning record failed', err);
      }
    }
  };
  return {
    launched: (ids) => each((r) => r.launched(ids)),
    decided: (d) => each((r) => r.decided(d)),
    finished: (f) => each((r) => r.finished(f)),
  };
}
