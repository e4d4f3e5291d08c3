import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledStory } from '../core/compiled-story.ts';
import type { Exploration, ExploreBudget } from '../core/explore.ts';
import { exploreStory } from '../core/explore.ts';
import { contentHash } from '../core/hash.ts';
import { cachedExploration } from './exploration-cache.ts';
import { checkCompiledStory, checkSources } from '../core/story-check.ts';
import type { StoryMeta } from '../core/story-meta.ts';
import type { Diagnostic } from './diagnostics.ts';
import { compileInk } from './ink-compiler.ts';

export interface InkSourceCompilation {
  /** The compiled story JSON, when ink itself found no error. */
  json?: string;
  diagnostics: Diagnostic[];
  /** Every file the story read, INCLUDEs too, as absolute paths: what a watcher must watch. */
  files: string[];
  /** Each file's text by the name messages use (relative to cwd). */
  sources: Map<string, string>;
  /** The main story's name as messages use it. */
  rootFile: string;
}

export interface CompileOutcome {
  /** Present when the story compiled and has no errors. */
  story?: CompiledStory;
  exploration?: Exploration;
  meta?: StoryMeta;
  diagnostics: Diagnostic[];
  /** Every file the story read, INCLUDEs too: what a watcher must watch. */
  files: string[];
}

export function storyIdOf(file: string): string {
  return path.basename(file, '.ink');
}

function relativeTo(cwd: string) {
  return (file: string) => path.relative(cwd, file) || file;
}

/** Runs the ink compiler alone: syntax and structure, with errors as file:line. */
export function compileInkSource(file: string, cwd = process.cwd()): InkSourceCompilation {
  const root = path.resolve(cwd, file);
  const folder = path.dirname(root);
  const absolute = (name: string) => path.resolve(folder, name);
  const shown = (name: string) => relativeTo(cwd)(absolute(name));
  const read = (name: string) => readFileSync(absolute(name), 'utf8');
  const { json, diagnostics, sources, requested } = compileInk(path.basename(root), read, shown);
  return {
    ...(json ? { json } : {}),
    diagnostics,
    files: requested.map(absolute),
    sources: new Map([...sources].map(([name, text]) => [shown(name), text])),
    rootFile: shown(path.basename(root)),
  };
}

/** Compiles one story and checks it against the tag contract: what the build and the checker run. */
export function compileInkFile(file: string, cwd = process.cwd()): CompileOutcome {
  return checkInkSource(file, compileInkSource(file, cwd));
}

/** The tag contract and the exploration over a compiled story: the slow half of compileInkFile. */
export function checkInkSource(
  file: string,
  compiled: InkSourceCompilation,
  budget: ExploreBudget = {},
): CompileOutcome {
  const { json, diagnostics, files, sources, rootFile } = compiled;
  if (!json) return { diagnostics: [...diagnostics, ...checkSources(sources)], files };

  const check = checkCompiledStory(json, sources, rootFile, {}, (j, o) =>
    cachedExploration(j, () => exploreStory(j, { ...budget, ...o })),
  );
  const all = [...diagnostics, ...check.diagnostics];
  const { meta, exploration } = check;
  if (!meta || !exploration || all.some((d) => d.severity === 'error')) {
    return {
      diagnostics: all,
      files,
      ...(meta ? { meta } : {}),
      ...(exploration ? { exploration } : {}),
    };
  }
  const id = storyIdOf(file);
  const story: CompiledStory = {
    id,
    meta,
    hash: contentHash(json),
    json,
    ranges: exploration.ranges,
  };
  return { story, exploration, meta, diagnostics: all, files };
}
