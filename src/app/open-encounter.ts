import type { CompiledStory } from '../core/compiled-story.ts';
import { Encounter } from '../core/encounter.ts';
import type { Playthroughs } from './playthroughs.ts';

/**
 * The encounter a learner returns to: the saved path resumed when it still fits the story,
 * otherwise a fresh start, with the notice that says why.
 */
export function openEncounter(
  story: CompiledStory,
  playthroughs: Playthroughs,
  newSeed: () => number,
  notice: string,
): { encounter: Encounter; notice: string; resumed: boolean } {
  const fresh = (message: string) => ({
    encounter: new Encounter(story.json, { seed: newSeed() }),
    notice: message,
    resumed: false,
  });
  const loaded = playthroughs.load(story.id);
  if (loaded.problem)
    return fresh(
      `Your saved progress could not be used (${loaded.problem}), so the scenario starts over.`,
    );
  const saved = loaded.save;
  if (!saved) return fresh(notice);
  if (saved.hash !== story.hash)
    return fresh('This scenario has changed since you last played it, so it starts over.');
  const replay = Encounter.resume(story.json, saved.path, { seed: saved.seed });
  if (!replay.ok)
    return fresh(
      `Your saved progress no longer fits this scenario (${replay.error.reason}), so it starts over.`,
    );
  if (replay.value.ended) return fresh(notice);
  return { encounter: replay.value, notice, resumed: saved.path.length > 0 };
}
