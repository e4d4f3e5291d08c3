import type { LearningRecord } from '../adapters/learning-record.ts';
import type { QualityId } from '../core/qualities.ts';
import { interactionOf } from './interaction.ts';
import { packageOutcome } from './package-outcome.ts';
import type { ScormSession } from './scorm-session.ts';
import { touch } from './suspend-state.ts';

/**
 * Reports to a SCORM LMS: one interaction per decision, and at every ending the package's status,
 * score and (in 2004) one objective per quality. Commits after each, so a closed tab loses nothing.
 */
export function scormRecord(
  session: ScormSession,
  now: () => Date = () => new Date(),
): LearningRecord {
  const { port, edition, state } = session;
  let storyIds: readonly string[] = [];
  const writeOutcome = () => {
    edition.writeOutcome(
      port,
      packageOutcome(storyIds, state.bests, session.passMark, session.rule),
      session.passMark,
    );
  };
  return {
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
      if (!session.review) edition.writeInteraction(port, interactionOf(d, now()));
      session.commit();
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
