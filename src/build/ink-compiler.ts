import { Compiler, CompilerOptions } from 'inkjs/full';
import type { IFileHandler } from 'inkjs/compiler/IFileHandler';
import type { Diagnostic } from '../core/diagnostic.ts';
import { parseInkMessage } from '../core/ink-messages.ts';

/**
 * Every visit counted, in the build as in the Studio, so the JSON a story is checked by is the one
 * the game ships (and the Studio's map can show which knots a playtest went through).
 */
export const COUNT_ALL_VISITS = true;

export interface InkCompilation {
  /** The compiled story JSON, when ink itself found no error. */
  json?: string;
  diagnostics: Diagnostic[];
  /** Every file read, main story first, by its name relative to the main story's folder. */
  sources: Map<string, string>;
  /** Every file asked for, found or not: a watcher must also notice a missing INCLUDE appearing. */
  requested: string[];
}

/** Reads a file by its name relative to the main story's folder; throws when there is none. */
export type InkReader = (name: string) => string;

const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

/** `a/./b/../c.ink` → `a/c.ink`, with `/` whatever the platform wrote. */
export function normaliseInkName(name: string): string {
  const out: string[] = [];
  for (const part of name.replace(/\\/g, '/').split('/')) {
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/**
 * No Node built-ins here: the Studio's worker runs this same file in the browser.
 *
 * The one ink compile for the build, the checker CLI, the Studio and the workshop server. INCLUDE
 * resolves against the main story's folder, as Inky does, so a file in a subfolder includes its
 * siblings by `parts/other.ink`; a UTF-8 BOM (which some editors save) is dropped first.
 * `display` maps a file's name to the name messages show.
 */
export function compileInk(
  main: string,
  read: InkReader,
  display: (name: string) => string = (n) => n,
): InkCompilation {
  const root = normaliseInkName(main);
  const sources = new Map<string, string>();
  const requested = [root];
  const diagnostics: Diagnostic[] = [];
  const failed = () => diagnostics.some((d) => d.severity === 'error');
  let text: string;
  try {
    text = stripBom(read(root));
  } catch (err) {
    const message = `cannot read the story: ${(err as Error).message}`;
    return {
      diagnostics: [{ file: display(root), line: 1, severity: 'error', message }],
      sources,
      requested,
    };
  }
  sources.set(root, text);
  const handler: IFileHandler = {
    ResolveInkFilename: (name: string) => normaliseInkName(name),
    LoadInkFileContents: (name: string) => {
      requested.push(name);
      const content = stripBom(read(name));
      sources.set(name, content);
      return content;
    },
  };
  const onMessage = (message: string) =>
    diagnostics.push(
      parseInkMessage(message, display(root), (name) => display(normaliseInkName(name))),
    );
  try {
    const options = new CompilerOptions(root, [], COUNT_ALL_VISITS, onMessage, handler);
    const json = new Compiler(text, options).Compile()?.ToJson();
    if (typeof json === 'string' && !failed()) return { json, diagnostics, sources, requested };
  } catch (err) {
    if (!failed()) {
      const message = (err as Error).message;
      diagnostics.push({ file: display(root), line: 1, severity: 'error', message });
    }
  }
  return { diagnostics, sources, requested };
}
