import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { exploreStory, type Exploration } from '../core/explore.ts';
import { contentHash } from '../core/hash.ts';
import { checkSourceTags } from '../core/source-tags.ts';
import { parseStoryMeta, type StoryMeta } from '../core/story-meta.ts';
import type { CompiledStory } from '../core/compiled-story.ts';
import type { Diagnostic } from './diagnostics.ts';
import { InkFileHandler } from './ink-files.ts';

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

const INK_MESSAGE = /^(ERROR|WARNING|TODO):\s*(?:'([^']+)'\s*)?line (\d+):\s*([\s\S]*)$/;

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
    const m = INK_MESSAGE.exec(message.trim());
    if (!m) {
      diagnostics.push({ file: at(root), line: 1, severity: 'error', message: message.trim() });
      return;
    }
    const named = m[2] ? handler.pathOf(m[2]) : root;
    diagnostics.push({
      file: at(named),
      line: Number(m[3]),
      severity: m[1] === 'ERROR' ? 'error' : 'warning',
      message: (m[4] ?? '').trim(),
    });
  };
  try {
    const compiled = new Compiler(
      source,
      new CompilerOptions(root, [], false, onMessage, handler),
    ).Compile();
    const json = compiled?.ToJson();
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

/** Finds the source line holding a snippet of story text, for problems found by playing. */
function locate(
  near: string | undefined,
  sources: Map<string, string>,
): { file: string; line: number } | undefined {
  const needle = near?.replace(/…$/, '').trim().slice(0, 40);
  if (!needle) return undefined;
  for (const [file, text] of sources) {
    const index = text.split(/\r?\n/).findIndex((l) => l.includes(needle));
    if (index >= 0) return { file, line: index + 1 };
  }
  return undefined;
}

/** Compiles one story and checks it against the tag contract: what the build and the checker run. */
export function compileInkFile(file: string, cwd = process.cwd()): CompileOutcome {
  const at = relativeTo(cwd);
  const { json, diagnostics, handler } = compileInkSource(file, cwd);
  const root = handler.rootFile;
  const rootName = at(root);
  const files = [...handler.sources.keys()];
  for (const [abs, text] of handler.sources) {
    for (const p of checkSourceTags(text)) diagnostics.push({ file: at(abs), ...p });
  }
  if (!json || diagnostics.some((d) => d.severity === 'error')) return { diagnostics, files };

  const metaResult = parseStoryMeta(new Story(json).globalTags);
  for (const p of metaResult.problems) diagnostics.push({ file: rootName, line: 1, ...p });

  const exploration = exploreStory(json);
  const flagged = new Set(diagnostics.map((d) => `${d.file}:${d.line}`));
  for (const p of exploration.problems) {
    const where = locate(p.near, handler.sources);
    const spot = where ? { file: at(where.file), line: where.line } : { file: rootName, line: 1 };
    if (p.near && flagged.has(`${spot.file}:${spot.line}`)) continue;
    diagnostics.push({
      ...spot,
      severity: p.severity,
      message: p.message,
      ...(p.hint ? { hint: p.hint } : {}),
    });
  }
  for (const dead of exploration.deadEnds) {
    const where = locate(dead.lastLine, handler.sources);
    diagnostics.push({
      file: where ? at(where.file) : rootName,
      line: where?.line ?? 1,
      severity: 'error',
      message: `a path ends without '#ending:' (after choices ${dead.path.map((i) => i + 1).join(', ') || 'none'})`,
      hint: "tag the last line of every ending with '#ending: TITLE'",
    });
  }
  if (exploration.boundHit) {
    diagnostics.push({
      file: rootName,
      line: 1,
      severity: 'warning',
      message: `path exploration stopped at its ${exploration.boundHit} bound after ${exploration.paths} paths: score maxima are lower bounds`,
    });
  }
  const meta = metaResult.meta;
  if (diagnostics.some((d) => d.severity === 'error'))
    return { diagnostics, files, exploration, meta };
  const story: CompiledStory = {
    id: storyIdOf(root),
    meta,
    hash: contentHash(json),
    json,
    ranges: exploration.ranges,
  };
  return { story, exploration, meta, diagnostics, files };
}
