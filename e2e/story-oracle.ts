import path from 'node:path';
import { compileInkFile } from '../src/build/compile-ink.ts';
import type { CompiledStory } from '../src/core/compiled-story.ts';
import { debriefOf, type DebriefView } from '../src/core/debrief.ts';
import { Encounter } from '../src/core/encounter.ts';

/** The same core the browser runs, used in the test process to say what the page should show. */
export function compiledStory(id: string): CompiledStory {
  const outcome = compileInkFile(path.resolve('stories', `${id}.ink`));
  if (!outcome.story) throw new Error(`stories/${id}.ink does not compile`);
  return outcome.story;
}

export function expectedDebrief(story: CompiledStory, choicePath: number[]): DebriefView {
  const replay = Encounter.resume(story.json, choicePath, { seed: 0 });
  if (!replay.ok) throw new Error(replay.error.reason);
  const session = replay.value;
  return debriefOf(story, session);
}
