import type { CompiledStory } from '../core/compiled-story.ts';
import type { DecisionRange, StoryChoice } from '../protocol/snapshots.ts';

/** A compiled story as a session keeps it: the build's output plus how many decisions a path takes. */
export interface WorkshopStory extends CompiledStory {
  decisions: DecisionRange;
}

export function storyChoiceOf(story: WorkshopStory): StoryChoice {
  const { meta } = story;
  return {
    id: story.id,
    title: meta.title,
    summary: meta.summary,
    role: meta.role,
    customer: meta.customer,
    minutes: meta.minutes,
    decisions: story.decisions,
  };
}
