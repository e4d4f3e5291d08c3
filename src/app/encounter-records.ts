import type { LearningRecord } from '../adapters/learning-record.ts';
import type { CompiledStory } from '../core/compiled-story.ts';
import { debriefOf } from '../core/debrief.ts';
import type { Decision } from '../core/decision.ts';
import type { Encounter } from '../core/encounter.ts';
import { decisionRecord, type ModelAnswerSource } from './decision-record.ts';
import { debriefSettings } from './judgement-config.ts';
import { modelAnswersOffThread } from './model-answers.ts';
import { afterLuck } from './page-luck.ts';
import type { Playthroughs } from './playthroughs.ts';

/** A finished play as the debrief reads it, kept apart from the encounter (which may restart). */
export interface PlayedSession {
  ending: string | undefined;
  decisions: readonly Decision[];
  seed: number;
}

let shared: ModelAnswerSource | undefined;
// One worker for the page: each story is explored once however often it is played.
const sharedModelAnswers = () => (shared ??= modelAnswersOffThread());

export function playedSession(encounter: Encounter): PlayedSession {
  const { ending, decisions, seed } = encounter;
  return { ending, decisions: [...decisions], seed };
}

/** Saves the play so far, so a reload resumes it. */
export function savePlay(playthroughs: Playthroughs, story: CompiledStory, encounter: Encounter) {
  playthroughs.save({
    v: 1,
    storyId: story.id,
    hash: story.hash,
    seed: encounter.seed,
    path: encounter.path,
    ...(encounter.ended ? { finished: true } : {}),
  });
}

/**
 * Tells the learning record of the decision just made and, at the ending (in a random story,
 * once its luck is read), of the finished play and how long it took since `startedAt`.
 */
export function reportDecision(
  record: LearningRecord,
  story: CompiledStory,
  encounter: Encounter,
  startedAt: number,
  modelAnswers: ModelAnswerSource | undefined,
): void {
  const decided = decisionRecord(story, encounter, modelAnswers ?? sharedModelAnswers());
  if (decided) record.decided(decided);
  if (!encounter.ended) return;
  const played = playedSession(encounter);
  const durationMs = Date.now() - startedAt;
  afterLuck(story, played.seed, () =>
    record.finished({
      storyId: story.id,
      title: story.meta.title,
      // The records keep scores only: the model answers' explorations are the debrief screen's.
      debrief: debriefOf(story, played, { ...debriefSettings(), outlooks: [] }),
      durationMs,
    }),
  );
}
