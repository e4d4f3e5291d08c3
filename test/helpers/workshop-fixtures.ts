import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInkFile, compileInkSource, storyIdOf } from '../../src/build/compile-ink.ts';
import { exploreStory } from '../../src/core/explore.ts';
import { globalTagsOf } from '../../src/core/global-tags.ts';
import { contentHash } from '../../src/core/hash.ts';
import { parseStoryMeta } from '../../src/core/story-meta.ts';
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

/**
 * A story compiled and explored as the server holds it, without the trainer's check: a large
 * random story's check samples two dozen seeds (minutes), and a test of how the server reads a
 * play needs only what the server keeps.
 */
export function uncheckedStory(file: string): WorkshopStory {
  const { json } = compileInkSource(path.resolve(PROJECT, file), PROJECT);
  const meta = json && parseStoryMeta(globalTagsOf(json)).meta;
  if (!json || !meta) throw new Error(`${file} did not compile or has no title tags`);
  const exploration = exploreStory(json);
  return {
    id: storyIdOf(file),
    meta,
    hash: contentHash(json),
    json,
    ranges: exploration.ranges,
    decisions: { ...exploration.decisions },
  };
}

export function fixtureLibrary(...files: string[]): Map<string, WorkshopStory> {
  return new Map(files.map((f) => fixtureStory(f)).map((s) => [s.id, s]));
}

/** A code picker that walks the alphabet in order: codes are predictable in tests. */
export function countingPicker(): (max: number) => number {
  let n = 0;
  return (max) => n++ % max;
}
