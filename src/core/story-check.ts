import { locate, type Diagnostic } from './diagnostic.ts';
import { exploreStory, type Exploration, type ExploreOptions } from './explore.ts';
import { checkSourceTags } from './source-tags.ts';
import { parseStoryMeta, type StoryMeta } from './story-meta.ts';
import { lintScoring, unreachedEndings } from './story-lint.ts';
import { Story } from 'inkjs';

export interface StoryCheck {
  diagnostics: Diagnostic[];
  meta?: StoryMeta;
  exploration?: Exploration;
}

const hasErrors = (ds: readonly Diagnostic[]) => ds.some((d) => d.severity === 'error');

/** Tag problems in the sources, with their lines: cheap, and valid even when ink fails to compile. */
export function checkSources(sources: ReadonlyMap<string, string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [file, text] of sources) {
    for (const p of checkSourceTags(text)) diagnostics.push({ file, ...p });
  }
  return diagnostics;
}

/**
 * Everything the build, the checker CLI and the Studio say about a compiled story beyond syntax:
 * the tag contract, missing globals, paths without an ending, and how the story scores.
 * `sources` maps each file's display name to its text; `rootFile` is the story's own name.
 */
export function checkCompiledStory(
  json: string,
  sources: ReadonlyMap<string, string>,
  rootFile: string,
  options: ExploreOptions = {},
  explore: (json: string, options: ExploreOptions) => Exploration = exploreStory,
): StoryCheck {
  const diagnostics = checkSources(sources);
  if (hasErrors(diagnostics)) return { diagnostics };
  const pin = (near: string | undefined) => locate(near, sources) ?? { file: rootFile, line: 1 };

  const { meta, problems } = parseStoryMeta(new Story(json).globalTags);
  for (const p of problems) diagnostics.push({ file: rootFile, line: 1, ...p });

  const exploration = explore(json, options);
  const flagged = new Set(diagnostics.map((d) => `${d.file}:${d.line}`));
  for (const p of exploration.problems) {
    const spot = pin(p.near);
    if (p.near && flagged.has(`${spot.file}:${spot.line}`)) continue;
    diagnostics.push({
      ...spot,
      severity: p.severity,
      message: p.message,
      ...(p.hint ? { hint: p.hint } : {}),
    });
  }
  for (const dead of exploration.deadEnds) {
    diagnostics.push({
      ...pin(dead.lastLine),
      severity: 'error',
      message: `a path ends without '#ending:' (after choices ${dead.path.map((i) => i + 1).join(', ') || 'none'})`,
      hint: "tag the last line of every ending with '#ending: TITLE'",
    });
  }
  if (exploration.boundHit) {
    diagnostics.push({
      file: rootFile,
      line: 1,
      severity: 'warning',
      message: `path exploration stopped at its ${exploration.boundHit} bound after ${exploration.paths} paths: score maxima are lower bounds`,
      hint: 'merge branches back into shared knots to keep the number of paths down',
    });
  }
  for (const f of lintScoring(exploration)) {
    const spot = locate(`[${f.near}`, sources) ?? pin(f.near);
    diagnostics.push({
      ...spot,
      severity: f.severity,
      message: f.message,
      ...(f.hint ? { hint: f.hint } : {}),
    });
  }
  if (!exploration.boundHit) {
    for (const e of unreachedEndings(sources, exploration)) {
      diagnostics.push({
        file: e.file,
        line: e.line,
        severity: 'warning',
        message: `no path reaches the ending '${e.title}'`,
      });
    }
  }
  return { diagnostics, meta, exploration };
}
