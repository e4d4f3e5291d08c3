import type { DecisionRecord } from '../adapters/learning-record.ts';
import type { CompiledStory } from '../core/compiled-story.ts';
import { saidBefore } from '../core/decision.ts';
import type { Encounter } from '../core/encounter.ts';

/** Works out the model answers at the decision `route` leads to (indices into its options). */
export type ModelAnswerSource = (
  story: CompiledStory,
  seed: number,
  route: readonly number[],
) => Promise<readonly number[] | undefined>;

/**
 * The encounter's latest decision as the LMS and LRS records read it: which question (its choice
 * point in the ink), what the learner read, the options and the one taken, and the route-aware
 * model answers, worked out only if a record asks.
 */
export function decisionRecord(
  story: CompiledStory,
  encounter: Encounter,
  answers?: ModelAnswerSource,
): DecisionRecord | undefined {
  const decision = encounter.decisions[encounter.decisions.length - 1];
  if (!decision) return undefined;
  const chosen = decision.options[decision.chosen];
  const route = encounter.path.slice(0, -1);
  const seed = encounter.seed;
  return {
    storyId: story.id,
    title: story.meta.title,
    number: encounter.decisions.length,
    options: decision.options.map((o) => o.text),
    chosenIndex: decision.chosen,
    chosen: chosen?.text ?? '',
    effects: chosen?.effects ?? [],
    ...(decision.point ? { point: decision.point } : {}),
    question: saidBefore(decision),
    slots: decision.options.map((o) => o.slot ?? o.index),
    ...(answers ? { modelAnswers: () => answers(story, seed, route) } : {}),
  };
}
