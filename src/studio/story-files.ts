import type { Diagnostic } from '../core/diagnostic.ts';
import { stripComments } from '../core/source-tags.ts';

/** One file of the story being written: its name as an INCLUDE line names it, and its text. */
export interface StoryFile {
  name: string;
  text: string;
}

/** The first file is the main story; the others are the files it (or they) INCLUDE. */
export type StoryFiles = readonly StoryFile[];

const INCLUDE = /^\s*INCLUDE\s+(.+?)\s*$/;

/** The files a text INCLUDEs, as written, with the line of each INCLUDE. */
export function includesOf(text: string): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  stripComments(text).forEach((line, index) => {
    const name = INCLUDE.exec(line)?.[1];
    if (name) found.push({ name: normalInkName(name), line: index + 1 });
  });
  return found;
}

/** 'scenes\\Arrival.ink', './scenes/arrival.ink' → 'scenes/arrival.ink': one spelling per file. */
export function normalInkName(name: string): string {
  return name
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/{2,}/g, '/');
}

/** Why an INCLUDEd file needs a folder: the game takes every .ink file at the top of stories/. */
export const FOLDER_RULE =
  'Put an INCLUDEd file in a folder, such as scenes/arrival.ink: every .ink file at the top of stories/ is a scenario of its own.';

/**
 * Why a new file name cannot be used, or undefined when it can. Names are paths relative to the
 * main story's folder, as ink's INCLUDE reads them in Inky and in the build.
 */
export function fileNameProblem(name: string, files: StoryFiles): string | undefined {
  const normal = normalInkName(name);
  if (normal === '') return 'Give the file a name, such as scenes/arrival.ink.';
  if (!/\.ink$/i.test(normal)) return 'The name must end in .ink.';
  if (normal.startsWith('/') || normal.split('/').includes('..')) {
    return 'The name must stay inside the story folder (no leading / and no ..).';
  }
  if (!/^[\w.\- /]+$/.test(normal)) return 'Use letters, digits, spaces, - _ . and / only.';
  if (files.some((f) => f.name.toLowerCase() === normal.toLowerCase())) {
    return `There is already a file called ${normal}.`;
  }
  if (!normal.includes('/')) return FOLDER_RULE;
  return undefined;
}

const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

/**
 * Several opened files as one story. A browser gives only a file's own name, so a file that an
 * INCLUDE names with a folder ('scenes/arrival.ink') takes that name. The main story is the file no
 * other file INCLUDEs (preferring one with a '# title:'), so the files can be picked in any order.
 */
export function orderAsStory(opened: StoryFiles): StoryFile[] {
  const includes = opened.flatMap((f) => includesOf(f.text).map((i) => i.name));
  const included = new Set(includes);
  const files = opened.map((f) => {
    if (included.has(f.name)) return f;
    const named = includes.find((i) => baseName(i) === baseName(f.name));
    return named ? { ...f, name: named } : f;
  });
  const roots = files.filter((f) => !included.has(f.name));
  const main =
    roots.find((f) => /^\s*#\s*title:/m.test(f.text)) ?? roots[0] ?? files[0] ?? undefined;
  if (!main) return [];
  return [main, ...files.filter((f) => f !== main)];
}

/** Problems sorted as the files' tabs are, then by line. */
export const inFileOrder = (files: StoryFiles) => {
  const order = new Map(files.map((f, i) => [f.name, i]));
  return (a: Diagnostic, b: Diagnostic) =>
    (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line;
};
