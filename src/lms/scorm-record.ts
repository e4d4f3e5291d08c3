import type { LearningRecord } from '../adapters/learning-record.ts';
import type { QualityId } from '../core/qualities.ts';
import { AnswersInOrder } from './answers-in-order.ts';
import { interactionOf } from './interaction.ts';
import { packageOutcome } from './package-outcome.ts';
import type { ScormSession } from './scorm-session.ts';
import { touch } from './suspend-state.ts';

export interface ScormRecord extends LearningRecord {
  /** Resolves once every decision so far is written to the LMS (its model answers worked out). */
  settled(): Promise<void>;
}

/**
 * Reports to a SCORM LMS: one interaction per decision, with the route-aware model answers as its
 * correct responses, and at every ending the package's status, score and (in 2004) one objective
 * per quality. Commits after each, so a closed tab loses nothing.
 */
export function scormRecord(
  session: ScormSession,
  now: () => Date = () => new Date(),
  answers = new AnswersInOrder(),
): ScormRecord {
  const { port, edition, state } = session;
  let storyIds: readonly string[] = [];
  const writeOutcome = () => {
    edition.writeOutcome(
      port,
      packageOutcome(storyIds, state.bests, session.passMark, session.rule),
      session.passMark,
    );
  };
  // The page is going away: decisions still waiting for their answers are written without them.
  session.beforeEnd(() => answers.flush());
  return {
    settled: () => answers.settled(),
    launched(ids) {
      storyIds = ids;
      if (session.review || !session.active) return;
      edition.markStarted(port);
      // A package rebuilt with other stories: bring status and score in line with what it holds now.
      if (state.bests.size > 0) writeOutcome();
      session.commit();
    },
    decided(d) {
      if (!session.active) return;
      session.setCurrent(d.storyId);
      if (session.review) {
        session.commit();
        return;
      }
      // One commit per decision, once its interaction is written (at the latest as the page goes).
      const at = now();
      answers.add(d.modelAnswers, (correct) => {
        if (!session.active) return;
        edition.writeInteraction(port, interactionOf(d, at, correct));
        session.commit();
      });
    },
    finished(f) {
      if (!session.active) return;
      session.setCurrent(f.storyId);
      const qualities: Partial<Record<QualityId, number>> = {};
      for (const row of f.debrief.qualities)
        if (row.percent !== null) qualities[row.id] = row.percent;
      const before = state.bests.get(f.storyId);
      if (!before || f.debrief.overall.percent >= before.overall)
        touch(state.bests, f.storyId, { overall: f.debrief.overall.percent, qualities });
      if (!session.review) writeOutcome();
      session.commit();
    },
  };
}
