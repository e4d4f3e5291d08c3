import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { CompiledStory } from '../core/compiled-story.ts';
import type { Exploration } from '../core/explore.ts';
import { exploreStory } from '../core/explore.ts';
import { contentHash } from '../core/hash.ts';
import { cachedExploration } from './exploration-cache.ts';
import { checkCompiledStory, checkSources } from '../core/story-check.ts';
import type { StoryMeta } from '../core/story-meta.ts';
import type { Diagnostic } from './diagnostics.ts';
import { InkFileHandler } from './ink-files.ts';
import { parseInkMessage } from './ink-messages.ts';

export interface InkCompilation {
  /** The compiled story JSON, when ink itself found no error. */
  json?: string;
  diagnostics: Diagnostic[];
  handler: InkFileHandler;
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
export function compileInkSource(file: string, cwd = process.cwd()): InkCompilation {
  const root = path.resolve(cwd, file);
  const at = relativeTo(cwd);
  const diagnostics: Diagnostic[] = [];
  const handler = new InkFileHandler(root);
  let source: string;
  try {
    source = readFileSync(root, 'utf8');
  } catch (err) {
    const message = `cannot read the story: ${(err as Error).message}`;
    return { diagnostics: [{ file: at(root), line: 1, severity: 'error', message }], handler };
  }
  handler.sources.set(root, source);
  const onMessage = (message: string) => {
    diagnostics.push(parseInkMessage(message, at(root), (name) => at(handler.pathOf(name))));
  };
  try {
    const options = new CompilerOptions(root, [], false, onMessage, handler);
    const json = new Compiler(source, options).Compile()?.ToJson();
    if (typeof json === 'string' && !diagnostics.some((d) => d.severity === 'error')) {
      return { json, diagnostics, handler };
    }
  } catch (err) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({
        file: at(root),
        line: 1,
        severity: 'error',
        message: (err as Error).message,
      });
    }
  }
  return { diagnostics, handler };
}

/** Compiles one story and checks it against the tag contract: what the build and the checker run. */
export function compileInkFile(file: string, cwd = process.cwd()): CompileOutcome {
  const at = relativeTo(cwd);
  const { json, diagnostics, handler } = compileInkSource(file, cwd);
  const files = [...handler.sources.keys()];
  const sources = new Map([...handler.sources].map(([abs, text]) => [at(abs), text]));
  if (!json) return { diagnostics: [...diagnostics, ...checkSources(sources)], files };

  const check = checkCompiledStory(json, sources, at(handler.rootFile), {}, (j, o) =>
    cachedExploration(j, () => exploreStory(j, o)),
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
  const id = storyIdOf(handler.rootFile);
  const story: CompiledStory = {
    id,
    meta,
    hash: contentHash(json),
    json,
    ranges: exploration.ranges,
  };
  return { story, exploration, meta, diagnostics: all, files };
}
