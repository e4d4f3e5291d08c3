import type { CompiledStory } from '../core/compiled-story.ts';
import { buildDebrief } from '../core/debrief.ts';
import {
  qualityTrends,
  suggestScenario,
  weakestQuality,
  type Attempt,
  type Progress,
} from '../core/progress.ts';
import { qualityLabel, type QualityId } from '../core/qualities.ts';
import type { EncounterSession } from '../core/session.ts';
import type { ProgressView } from '../render/dom/progress-screen.ts';
import { isPlayable, type StoryEntry } from '../story-entry.ts';

/** A finished playthrough as progress keeps it: scored by the same debrief the learner sees. */
export function attemptOf(story: CompiledStory, session: EncounterSession, when: Date): Attempt {
  const view = buildDebrief(
    story.meta.title,
    story.meta.customer,
    session.ending,
    session.decisions,
    story.ranges,
  );
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

export function progressView(
  progress: Progress,
  entries: readonly StoryEntry[],
  notice?: string,
): ProgressView {
  const stories = entries.filter(isPlayable);
  const weakest = weakestQuality(progress);
  const suggestedId = weakest
    ? suggestScenario(
        weakest.quality,
        stories.map((s) => ({ id: s.id, maxima: s.ranges.max })),
        progress,
      )
    : undefined;
  const suggested = stories.find((s) => s.id === suggestedId);
  return {
    attempts: progress.attempts,
    trends: qualityTrends(progress),
    ...(weakest ? { weakest: { label: qualityLabel(weakest.quality), mean: weakest.mean } } : {}),
    ...(suggested ? { suggestion: { id: suggested.id, title: suggested.meta.title } } : {}),
    ...(notice ? { notice } : {}),
  };
}
