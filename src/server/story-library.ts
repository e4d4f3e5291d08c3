import { readdirSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../build/diagnostics.ts';
import { StoryCompiler, storyBudget, type StoryBudget } from '../build/story-compiler.ts';
import type { WorkshopStory } from './workshop-story.ts';

export interface StoryLibrary {
  stories: Map<string, WorkshopStory>;
  /** One line per story that did not compile: shown at start, never fatal. */
  problems: string[];
}

/**
 * Compiles every top-level story in `dir` as the build does, in worker processes under the same
 * time and memory budget (`SERVING_MOMENTS_STORY_SECONDS`), so a story that hangs ink is left out
 * with its file named instead of stopping the server from starting. The server scores against its
 * own compile, never against a copy a browser sends; a session keeps a snapshot of its story.
 */
export async function loadStoryLibrary(
  dir: string,
  cwd = process.cwd(),
  budget: StoryBudget = storyBudget(),
): Promise<StoryLibrary> {
  const stories = new Map<string, WorkshopStory>();
  const problems: string[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .sort();
  const compiler = new StoryCompiler(cwd, budget);
  try {
    const outcomes = await Promise.all(files.map((f) => compiler.compile(path.join(dir, f))));
    outcomes.forEach((outcome, i) => {
      const { story, exploration } = outcome;
      if (!story || !exploration) {
        const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
        problems.push(
          `${files[i]}: ${errors.map(formatDiagnostic).join('; ') || 'did not compile'}`,
        );
        return;
      }
      stories.set(story.id, { ...story, decisions: { ...exploration.decisions } });
    });
  } finally {
    await compiler.close();
  }
  return { stories, problems };
}
