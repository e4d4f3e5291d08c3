import { Story } from 'inkjs';
import { compileInk } from '../build/ink-compiler.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { ScoreRanges } from '../core/explore.ts';
import { checkCompiledStory, checkSources } from '../core/story-check.ts';
import { parseStoryMeta, type StoryMeta } from '../core/story-meta.ts';
import { buildReport, formatReport } from '../core/story-report.ts';
import {
  FOLDER_RULE,
  includesOf,
  inFileOrder,
  normalInkName,
  type StoryFiles,
} from './story-files.ts';

/** What the Studio learns on every pause in typing: ink's own messages and the tag contract. */
export interface QuickCheck {
  /** Compiled story JSON, when ink itself found no error: playable even with check errors. */
  json?: string;
  /** Ink's messages, missing INCLUDEs and the tag contract, as the build gives them. */
  diagnostics: Diagnostic[];
  /** The part of `diagnostics` the full check does not repeat: ink's own and the files'. */
  compile: Diagnostic[];
  /** The story's '# title:', for the report and the file names. */
  title?: string;
}

/** What the full exploration adds, in the background: how the story scores, and its report. */
export interface FullCheck {
  /** Everything the build and stories:check say beyond ink's own messages. */
  diagnostics: Diagnostic[];
  /** Present when the story has every global tag and was explored: what the debrief reads. */
  meta?: StoryMeta;
  ranges?: ScoreRanges;
  report?: string;
}

/** INCLUDEs of files that are not open: said at the INCLUDE line, before ink stops at the first. */
function missingIncludes(files: StoryFiles): Diagnostic[] {
  const names = new Set(files.map((f) => normalInkName(f.name)));
  return files.flatMap((f) =>
    includesOf(f.text)
      .filter((i) => !names.has(i.name))
      .map((i) => ({
        file: f.name,
        line: i.line,
        severity: 'error' as const,
        message: `INCLUDE ${i.name}: there is no file called ${i.name}`,
        hint: 'add it with "New file", or open it with the main story',
      })),
  );
}

/** Files the story never reads, and INCLUDEd files that would become scenarios in stories/. */
function fileWarnings(files: StoryFiles): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const included = new Set<string>();
  for (const f of files) {
    for (const i of includesOf(f.text)) {
      included.add(i.name);
      if (!i.name.includes('/')) {
        warnings.push({
          file: f.name,
          line: i.line,
          severity: 'warning',
          message: `INCLUDE ${i.name}: ${FOLDER_RULE}`,
        });
      }
    }
  }
  for (const f of files.slice(1)) {
    if (!included.has(normalInkName(f.name))) {
      warnings.push({
        file: f.name,
        line: 1,
        severity: 'warning',
        message: `no file INCLUDEs ${f.name}, so the story never reads it`,
        hint: `write INCLUDE ${f.name} at the top of the main story`,
      });
    }
  }
  return warnings;
}

/** The build's own compile (same options, INCLUDE from the main story's folder), over the tabs. */
function compileTabs(files: StoryFiles): { json?: string; diagnostics: Diagnostic[] } {
  const main = files[0];
  if (!main) return { diagnostics: [] };
  const missing = missingIncludes(files);
  if (missing.length) return { diagnostics: missing };
  const byName = new Map(files.map((f) => [normalInkName(f.name), f.text]));
  const read = (name: string) => {
    const text = byName.get(normalInkName(name));
    if (text === undefined) throw new Error(`there is no file called ${name}`);
    return text;
  };
  const { json, diagnostics } = compileInk(main.name, read);
  return { diagnostics, ...(json ? { json } : {}) };
}

const sourcesOf = (files: StoryFiles) => new Map(files.map((f) => [f.name, f.text]));

/** The check run on every pause in typing: compile and tags, no exploration, so it stays quick. */
export function quickCheck(files: StoryFiles): QuickCheck {
  const { json, diagnostics } = compileTabs(files);
  const compile = [...diagnostics, ...fileWarnings(files)];
  const all = [...compile, ...checkSources(sourcesOf(files))];
  if (!json) return { diagnostics: all.sort(inFileOrder(files)), compile };
  const { meta, problems } = parseStoryMeta(new Story(json).globalTags);
  const main = files[0]?.name ?? '';
  for (const p of problems) all.push({ file: main, line: 1, ...p });
  return {
    json,
    diagnostics: all.sort(inFileOrder(files)),
    compile,
    ...(meta.title ? { title: meta.title } : {}),
  };
}

/**
 * The exploration of every path, as the build runs it, and the stories:report text. Slow on a big
 * story, so the Studio runs it in a worker of its own that it can stop.
 */
export function fullCheck(json: string, files: StoryFiles): FullCheck {
  const check = checkCompiledStory(json, sourcesOf(files), files[0]?.name ?? '');
  const { meta, exploration } = check;
  const diagnostics = check.diagnostics.sort(inFileOrder(files));
  if (!exploration) return { diagnostics, ...(meta ? { meta } : {}) };
  let report: string;
  try {
    // The checker's exploration, shared: the report never explores a second time.
    report = formatReport(buildReport(json, meta?.title ?? 'Untitled story', { exploration }));
  } catch (err) {
    report = `The report could not be built: ${(err as Error).message}`;
  }
  return { diagnostics, ranges: exploration.ranges, report, ...(meta ? { meta } : {}) };
}
