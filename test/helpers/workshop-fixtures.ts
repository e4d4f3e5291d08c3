import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInkFile } from '../../src/build/compile-ink.ts';
import type { WorkshopStory } from '../../src/server/workshop-story.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A story compiled as the server compiles it: a test fixture or one of the shipped scenarios. */
export function fixtureStory(file: string): WorkshopStory {
  const outcome = compileInkFile(path.resolve(PROJECT, file), PROJECT);
  if (!outcome.story || !outcome.exploration) {
    throw new Error(`${file} did not compile: ${JSON.stringify(outcome.diagnostics)}`);
  }
  return { ...outcome.story, decisions: { ...outcome.exploration.decisions } };
}

export function fixtureLibrary(...files: string[]): Map<string, WorkshopStory> {
  return new Map(files.map((f) => fixtureStory(f)).map((s) => [s.id, s]));
}

/** A code picker that walks the alphabet in order: codes are predictable in tests. */
export function countingPicker(): (max: number) => number {
  let n = 0;
  return (max) => n++ % max;
}
