/** A problem in a story, where a trainer can find it. */
export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
  /** 'judgement': a warning that the debrief's judgement will mislead (docs/writing-stories.md). */
  rule?: 'judgement';
}

/** 'file:line: error: message (hint)': the form editors and terminals link to the source. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}

/** Finds the source line holding a snippet of story text, for problems found by playing. */
export function locate(
  near: string | undefined,
  sources: ReadonlyMap<string, string>,
): { file: string; line: number } | undefined {
  const needle = near?.replace(/…$/, '').trim().slice(0, 40);
  if (!needle) return undefined;
  for (const [file, text] of sources) {
    const index = text.split(/\r?\n/).findIndex((l) => l.includes(needle));
    if (index >= 0) return { file, line: index + 1 };
  }
  return undefined;
}

/** Finds the line that opens a knot or stitch (`=== name ===`, `= name`), for problems in no text. */
export function locateKnot(
  name: string,
  sources: ReadonlyMap<string, string>,
): { file: string; line: number } | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const opening = new RegExp(`^\\s*=+\\s*(function\\s+)?${escaped}\\b`);
  for (const [file, text] of sources) {
    const index = text.split(/\r?\n/).findIndex((l) => opening.test(l));
    if (index >= 0) return { file, line: index + 1 };
  }
  return undefined;
}
