import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/full';
import { parseInkMessage } from '../build/ink-messages.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { checkCompiledStory, checkSources } from '../core/story-check.ts';
import { buildReport, formatReport } from '../core/story-report.ts';

/** The name ink and the checks give the Studio's one file; INCLUDE has no other file to find. */
export const STUDIO_FILE = 'studio.ink';

export interface StudioCheck {
  /** Compiled story JSON, when ink itself found no error: playable even with check errors. */
  json?: string;
  /** Ink's own messages and the tag and scoring checks, as the build and stories:check give them. */
  diagnostics: Diagnostic[];
  /** The story's '# title:', for the report. */
  title?: string;
}

function compileInk(text: string): { json?: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const onMessage = (message: string) => {
    diagnostics.push(parseInkMessage(message, STUDIO_FILE, (name) => name));
  };
  const failed = () => diagnostics.some((d) => d.severity === 'error');
  try {
    const handler = new JsonFileHandler({ [STUDIO_FILE]: text });
    // Every visit counted, so the map can show which knots a playtest went through.
    const options = new CompilerOptions(STUDIO_FILE, [], true, onMessage, handler);
    const json = new Compiler(text, options).Compile()?.ToJson();
    if (typeof json === 'string' && !failed()) return { json, diagnostics };
  } catch (err) {
    if (!failed()) {
      const message = (err as Error).message;
      diagnostics.push({ file: STUDIO_FILE, line: 1, severity: 'error', message });
    }
  }
  return { diagnostics };
}

const byLine = (a: Diagnostic, b: Diagnostic) => a.line - b.line;

/** What the build and stories:check would say about the text, with the JSON to play it by. */
export function checkStudioText(text: string): StudioCheck {
  const sources = new Map([[STUDIO_FILE, text]]);
  const { json, diagnostics } = compileInk(text);
  if (!json) return { diagnostics: [...diagnostics, ...checkSources(sources)].sort(byLine) };
  const check = checkCompiledStory(json, sources, STUDIO_FILE);
  return {
    json,
    diagnostics: [...diagnostics, ...check.diagnostics].sort(byLine),
    ...(check.meta ? { title: check.meta.title } : {}),
  };
}

/** The stories:report text: slower than the check (it explores again and plays 200 bots). */
export function reportStudioText(json: string, title = 'Untitled story'): string {
  try {
    return formatReport(buildReport(json, title));
  } catch (err) {
    return `The report could not be built: ${(err as Error).message}`;
  }
}
