import type { CompiledStory } from '../core/compiled-story.ts';
import { debriefOf } from '../core/debrief.ts';
import { outlooksOffThread } from './debrief-outlooks.ts';
import { debriefSettings } from './judgement-config.ts';
import type { Attempt } from '../core/progress.ts';
import type { QualityId } from '../core/qualities.ts';
import type { SavedPlaythrough } from '../core/save.ts';
import { Encounter } from '../core/encounter.ts';
import {
  renderDebrief,
  type DebriefHandlers,
  type DebriefOptions,
} from '../render/dom/debrief-screen.ts';

export { EncounterController } from './encounter-controller.ts';

/*
 * Everything that plays or scores a story, in one chunk loaded when a scenario is chosen (or
 * pointed at): the menu never waits for the ink runtime.
 */

/** A finished playthrough as progress keeps it: scored by the same debrief the learner sees. */
export function attemptOf(story: CompiledStory, encounter: Encounter, when: Date): Attempt {
  // Progress keeps scores only: no model answers to explore.
  const view = debriefOf(story, encounter, { ...debriefSettings(), outlooks: [] });
  const qualities: Partial<Record<QualityId, number>> = {};
  for (const row of view.qualities) if (row.percent !== null) qualities[row.id] = row.percent;
  return {
    storyId: story.id,
    title: story.meta.title,
    date: when.toISOString(),
    overall: view.overall.percent,
    ending: view.ending,
    qualities,
  };
}

/**
 * Shows the debrief of a finished saved playthrough; false when there is none to show. The model
 * answers' explorations run off the page's thread: the verdict and readings show at once, the key
 * moments when the answers are worked out.
 */
export function showDebrief(
  root: HTMLElement,
  story: CompiledStory,
  save: SavedPlaythrough | undefined,
  handlers: DebriefHandlers,
  options: DebriefOptions,
): boolean {
  if (!save || save.hash !== story.hash) return false;
  const replay = Encounter.resume(story.json, save.path, { seed: save.seed });
  if (!replay.ok || !replay.value.ended) return false;
  const encounter = replay.value;
  const settings = debriefSettings();
  const play = { json: story.json, seed: encounter.seed, path: encounter.path };
  const later = outlooksOffThread(play).then((outlooks) =>
    debriefOf(story, encounter, { ...settings, outlooks }),
  );
  const now = debriefOf(story, encounter, { ...settings, outlooks: [] });
  renderDebrief(root, now, handlers, options, later);
  return true;
}
