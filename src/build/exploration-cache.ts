import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Story } from 'inkjs';
import type { Exploration } from '../core/explore.ts';
import { contentHash } from '../core/hash.ts';

const CORE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../core');
const CACHE = path.resolve(CORE, '../../node_modules/.cache/serving-moments');

let codeKey: string | undefined;

/** Changes whenever any core source changes, so a cached exploration never outlives the code that made it. */
function coreCodeKey(): string {
  codeKey ??= contentHash(
    readdirSync(CORE)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()
      .map((f) => readFileSync(path.join(CORE, f), 'utf8'))
      .join('\0'),
  );
  return codeKey;
}

/** The ink runtime and compiler that made and read the story: the same JSON may play differently in another. */
export function inkVersions(): string {
  const read = (file: string) =>
    (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?';
  const inkjs = read(path.resolve(CORE, '../../node_modules/inkjs/package.json'));
  // The compiler ships inside the inkjs package; the format version names what it writes.
  return `inkjs-${inkjs}-format-${Story.inkVersionCurrent}`;
}

/** Where an exploration is kept: by story content, core code and ink version, so none outlives a change. */
export function explorationCacheKey(json: string, ink = inkVersions()): string {
  return `${contentHash(json)}-${coreCodeKey()}-${contentHash(ink)}`;
}

/**
 * Exploring every path is the slow part of compiling a story; the build, the checker and the tests
 * all ask for the same stories, so each result is kept on disk by story content and core code.
 */
export function cachedExploration(json: string, explore: () => Exploration): Exploration {
  if (process.env.SERVING_MOMENTS_NO_CACHE) return explore();
  const file = path.join(CACHE, `${explorationCacheKey(json)}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Exploration;
  } catch {
    const fresh = explore();
    try {
      mkdirSync(CACHE, { recursive: true });
      writeFileSync(file, JSON.stringify(fresh));
    } catch {
      // A read-only checkout still compiles; it just explores every time.
    }
    return fresh;
  }
}
