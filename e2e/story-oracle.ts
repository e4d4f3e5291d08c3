import path from 'node:path';
import { compileInkFile } from '../src/build/compile-ink.ts';
import type { CompiledStory } from '../src/core/compiled-story.ts';
import { debriefOf, type DebriefView } from '../src/core/debrief.ts';
import { replayPath } from '../src/core/session.ts';

/** The same core the browser runs, used in the test process to say what the page should show. */
export function compiledStory(id: string): CompiledStory {
  const outcome = compileInkFile(path.resolve('stories', `${id}.ink`));
  if (!outcome.story) throw new Error(`stories/${id}.ink does not compile`);
  return outcome.story;
}

export function expectedDebrief(story: CompiledStory, choicePath: number[]): DebriefView {
  const replay = replayPath(story.json, 0, choicePath);
  if (!replay.ok) throw new Error(replay.reason);
  const { session } = replay;
  return debriefOf(story, session);
}
