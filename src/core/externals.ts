import type { Diagnostic } from './diagnostic.ts';
import { stripComments } from './source-tags.ts';

const EXTERNAL = /^\s*EXTERNAL\s+(\w+)\s*\(/;
const FUNCTION = /^\s*=+\s*function\s+(\w+)\b/;

/**
 * The game binds no EXTERNAL functions: each must have an ink function of the same name to fall
 * back on, as Inky's own player does. Without one, ink stops at its first call; say so at the line.
 */
export function checkExternals(sources: ReadonlyMap<string, string>): Diagnostic[] {
  const defined = new Set<string>();
  const declared: { file: string; line: number; name: string }[] = [];
  for (const [file, text] of sources) {
    stripComments(text).forEach((code, i) => {
      const fn = FUNCTION.exec(code)?.[1];
      if (fn) defined.add(fn);
      const ext = EXTERNAL.exec(code)?.[1];
      if (ext) declared.push({ file, line: i + 1, name: ext });
    });
  }
  return declared
    .filter((d) => !defined.has(d.name))
    .map((d) => ({
      file: d.file,
      line: d.line,
      severity: 'error',
      message: `EXTERNAL function '${d.name}' has no ink fallback, and the game binds no functions of its own`,
      hint: `write one in ink: '=== function ${d.name}(…) ===' returning what the story should use`,
    }));
}
