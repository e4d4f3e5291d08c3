import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInkSource } from '../../src/build/compile-ink.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const STORIES = path.resolve(FIXTURES, '../../stories');

/** Compiled JSON of a fixture story, straight from the ink compiler. */
export function fixtureJson(name: string): string {
  const { json, diagnostics } = compileInkSource(path.join(FIXTURES, name));
  if (!json) throw new Error(`fixture ${name} did not compile: ${JSON.stringify(diagnostics)}`);
  return json;
}
