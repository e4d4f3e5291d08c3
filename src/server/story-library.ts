import { readdirSync } from 'node:fs';
import path from 'node:path';
import { compileInkFile } from '../build/compile-ink.ts';
import { formatDiagnostic } from '../build/diagnostics.ts';
import type { WorkshopStory } from './workshop-story.ts';

export interface StoryLibrary {
  stories: Map<string, WorkshopStory>;
  /** One line per story that did not compile: shown at start, never fatal. */
  problems: string[];
}

/**
 * Compiles every top-level story in `dir` as the build does. The server scores against its own
 * compile, never against a copy a browser sends; a session keeps a snapshot of its story.
 */
export function loadStoryLibrary(dir: string, cwd = process.cwd()): StoryLibrary {
  const stories = new Map<string, WorkshopStory>();
  const problems: string[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .sort();
  for (const file of files) {
    const outcome = compileInkFile(path.join(dir, file), cwd);
    const { story, exploration } = outcome;
    if (!story || !exploration) {
      const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
      problems.push(`${file}: ${errors.map(formatDiagnostic).join('; ') || 'did not compile'}`);
      continue;
    }
    stories.set(story.id, { ...story, decisions: { ...exploration.decisions } });
  }
  return { stories, problems };
}
