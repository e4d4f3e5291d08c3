import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8 } from 'fflate';

/**
 * Text only the trainers' tools carry: CodeMirror's editor class (the Studio's editor) and an
 * error message of the ink compiler (its compile worker). A package's game is one script, so
 * leaving the Studio out is checked by what the script holds, not by file names.
 */
export const AUTHORING_MARKERS = ['cm-scroller', 'target not found'] as const;

/** Each marker found in the scripts among `files`, as "file: marker". */
export function authoringCodeIn(files: Record<string, Uint8Array>): string[] {
  return Object.entries(files)
    .filter(([name]) => name.endsWith('.js'))
    .flatMap(([name, bytes]) => {
      const text = strFromU8(bytes);
      return AUTHORING_MARKERS.filter((m) => text.includes(m)).map((m) => `${name}: ${m}`);
    });
}

/** The same for the web build the e2e run serves (E2E_OUT), which has the Studio. */
export function authoringCodeInWebBuild(): string[] {
  const dir = path.resolve(process.env.E2E_OUT ?? 'dist', 'assets');
  const files = Object.fromEntries(
    readdirSync(dir).map((name) => [name, new Uint8Array(readFileSync(path.join(dir, name)))]),
  );
  return authoringCodeIn(files);
}
