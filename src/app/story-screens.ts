import type { CompiledStory } from '../core/compiled-story.ts';
import { debriefOf } from '../core/debrief.ts';
import { outlooksOffThread } from './debrief-outlooks.ts';
import { debriefSettings } from './judgement-config.ts';
import type { Attempt } from '../core/progress.ts';
import type { QualityId } from '../core/qualities.ts';
import type { SavedPlaythrough } from '../core/save.ts';
import { Encounter } from '../core/encounter.ts';
import { luckRead } from '../core/luck.ts';
import { readLuckOnPage } from './page-luck.ts';
import { renderReading } from '../render/dom/debrief-reading.ts';
import {
  renderDebrief,
  type DebriefHandlers,
  type DebriefOptions,
} from '../render/dom/debrief-screen.ts';

export { EncounterController } from './encounter-controller.ts';
import type { PlayedSession } from './encounter-records.ts';

/*
 * Everything that plays or scores a story, in one chunk loaded when a scenario is chosen (or
 * pointed at): the menu never waits for the ink runtime.
 */

/** A finished playthrough as progress keeps it: scored by the same debrief the learner sees. */
export function attemptOf(story: CompiledStory, played: PlayedSession, when: Date): Attempt {
  // Progress keeps scores only: no model answers to explore.
  const view = debriefOf(story, played, { ...debriefSettings(), outlooks: [] });
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
 * moments when the answers are worked out. A random story's play whose seed is not read yet (a
 * large story, a play resumed at its end) says so while it is read in the page's idle time.
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
  // The worker may answer before the seed is read: the debrief then waits for the reading rather
  // than exploring the seed on this thread in one go. One reading, awaited twice.
  const luck = readLuckOnPage(story, encounter.seed);
  const later = Promise.all([outlooksOffThread(play), luck]).then(([outlooks]) =>
    debriefOf(story, encounter, { ...settings, outlooks }),
  );
  const show = () =>
    renderDebrief(
      root,
      debriefOf(story, encounter, { ...settings, outlooks: [] }),
      handlers,
      options,
      later,
    );
  if (luckRead(story, encounter.seed)) {
    show();
    return true;
  }
  const reading = renderReading(root, story.meta.title);
  void luck.then(() => {
    // The learner may have left for another screen meanwhile.
    if (reading.isConnected) show();
  });
  return true;
}
