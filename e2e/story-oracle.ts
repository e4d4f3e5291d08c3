import path from 'node:path';
import { compileInkFile } from '../src/build/compile-ink.ts';
import type { CompiledStory } from '../src/core/compiled-story.ts';
import { debriefOf, type DebriefView } from '../src/core/debrief.ts';
import { Encounter } from '../src/core/encounter.ts';
import { inkFacts } from './ink-oracle.ts';

/** A story as the build compiles it, for the debrief's words (verdict, key moments). */
export function compiledStory(id: string): CompiledStory {
  const outcome = compileInkFile(path.resolve('stories', `${id}.ink`));
  if (!outcome.story) throw new Error(`stories/${id}.ink does not compile`);
  return outcome.story;
}

/**
 * What the page's debrief must show for `choicePath`. Its words come from src/core, but every
 * number the page shows (ending, overall score, each quality's points) must first agree with
 * the inkjs-only oracle: if the engine scores a path wrongly, the test fails here, not never.
 */
export function expectedDebrief(story: CompiledStory, choicePath: number[]): DebriefView {
  const replay = Encounter.resume(story.json, choicePath, { seed: 0 });
  if (!replay.ok) throw new Error(replay.error.reason);
  const view = debriefOf(story, replay.value);
  const ink = inkFacts(story.id, choicePath);
  const core = {
    ending: view.ending,
    points: view.overall.points,
    scores: Object.fromEntries(
      view.qualities.filter((q) => q.score !== 0).map((q) => [q.id, q.score]),
    ),
    // An approximate exploration may miss the best path: only an exact one must match.
    ...(story.ranges.exact ? { maxTotal: view.overall.best, percent: view.overall.percent } : {}),
  };
  const oracle = {
    ending: ink.ending ?? 'The story ended without a named ending',
    points: ink.points,
    scores: Object.fromEntries(Object.entries(ink.scores).filter(([, n]) => n !== 0)),
    ...(story.ranges.exact ? { maxTotal: ink.maxTotal, percent: ink.percent } : {}),
  };
  if (JSON.stringify(sorted(core)) !== JSON.stringify(sorted(oracle))) {
    throw new Error(
      `src/core and the inkjs oracle disagree on ${story.id} [${choicePath.join(', ')}]:\n` +
        `core:   ${JSON.stringify(sorted(core))}\noracle: ${JSON.stringify(sorted(oracle))}`,
    );
  }
  return view;
}

function sorted<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    out[key] = v && typeof v === 'object' ? sorted(v) : v;
  }
  return out as T;
}
