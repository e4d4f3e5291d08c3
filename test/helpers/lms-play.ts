import path from 'node:path';
import type { LearningRecord } from '../../src/adapters/learning-record.ts';
import type { KeyValueStore } from '../../src/adapters/storage.ts';
import { Playthroughs } from '../../src/app/playthroughs.ts';
import { decisionRecord, type ModelAnswerSource } from '../../src/app/decision-record.ts';
import { compileInkFile } from '../../src/build/compile-ink.ts';
import type { CompiledStory } from '../../src/core/compiled-story.ts';
import { debriefOf } from '../../src/core/debrief.ts';
import { Encounter } from '../../src/core/encounter.ts';
import { FIXTURES, STORIES } from './fixtures.ts';

export function compiled(file: string): CompiledStory {
  const outcome = compileInkFile(file);
  if (!outcome.story) throw new Error(`${file} does not compile`);
  return outcome.story;
}

export const fixtureStory = (name: string) => compiled(path.join(FIXTURES, name));
export const shippedStory = (id: string) => compiled(path.join(STORIES, `${id}.ink`));

export interface PlayOptions {
  store: KeyValueStore;
  record: LearningRecord;
  /** Which choice to take at each decision; the first by default. */
  pick?: (step: number, count: number) => number;
  /** Stop after this many decisions, as a learner who closes the tab mid-scenario. */
  stopAfter?: number;
  seed?: number;
  /** Route-aware model answers, as the app's worker gives them; none by default. */
  answers?: ModelAnswerSource;
  /** A path to continue from: the resumed playthrough. */
  from?: readonly number[];
}

/**
 * Plays a story the way the app's encounter controller does: saves the path after every decision
 * and tells the learning record each decision and the ending.
 */
export function play(story: CompiledStory, options: PlayOptions): Encounter {
  const playthroughs = new Playthroughs(options.store);
  const session = new Encounter(story.json, { seed: options.seed ?? 1 });
  for (const i of options.from ?? []) session.choose(i);
  const save = () =>
    playthroughs.save({
      v: 1,
      storyId: story.id,
      hash: story.hash,
      seed: session.seed,
      path: session.path,
      ...(session.ended ? { finished: true } : {}),
    });
  save();
  for (let step = 0; !session.ended && step !== options.stopAfter; step++) {
    const offered = session.choices;
    const index = options.pick?.(step, offered.length) ?? 0;
    session.choose(index);
    save();
    const record = decisionRecord(story, session, options.answers);
    if (record) options.record.decided(record);
  }
  if (session.ended)
    options.record.finished({
      storyId: story.id,
      title: story.meta.title,
      debrief: debriefOf(story, session),
      durationMs: 65_000,
    });
  return session;
}
