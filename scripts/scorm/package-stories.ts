import { readdirSync } from 'node:fs';
import path from 'node:path';
import { compileInkFile } from '../../src/build/compile-ink.ts';
import { formatDiagnostic } from '../../src/build/diagnostics.ts';
import type { CompiledStory } from '../../src/core/compiled-story.ts';
import type { QualityId } from '../../src/core/qualities.ts';
import { QUALITY_IDS } from '../../src/core/qualities.ts';

export interface PackageStories {
  stories: CompiledStory[];
  /** Qualities that at least one packaged story practises, in contract order. */
  practised: QualityId[];
}

export function availableStories(storiesDir: string): string[] {
  return readdirSync(storiesDir)
    .filter((f) => f.endsWith('.ink'))
    .map((f) => f.slice(0, -'.ink'.length))
    .sort();
}

/** Compiles the chosen stories, failing with file:line the way `npm run build` does. */
export function packageStories(storiesDir: string, wanted?: readonly string[]): PackageStories {
  const available = availableStories(storiesDir);
  const ids = wanted ?? available;
  const unknown = ids.filter((id) => !available.includes(id));
  if (unknown.length > 0)
    throw new Error(`no such story: ${unknown.join(', ')} (stories/ has: ${available.join(', ')})`);
  if (ids.length === 0) throw new Error('no stories to package');
  const stories = ids.map((id) => {
    const outcome = compileInkFile(path.join(storiesDir, `${id}.ink`));
    if (!outcome.story) {
      const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
      throw new Error(errors.map(formatDiagnostic).join('\n') || `${id}.ink did not compile`);
    }
    return outcome.story;
  });
  const practised = QUALITY_IDS.filter((q) => stories.some((s) => s.ranges.practised.includes(q)));
  return { stories, practised };
}
