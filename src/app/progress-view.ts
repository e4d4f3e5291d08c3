import { qualityTrends, suggestScenario, weakestQuality, type Progress } from '../core/progress.ts';
import { qualityLabel } from '../core/qualities.ts';
import type { ProgressView } from '../render/dom/progress-screen.ts';
import { isPlayable, type StoryEntry } from '../story-entry.ts';

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
