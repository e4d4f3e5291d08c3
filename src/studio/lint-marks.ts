import type { Diagnostic as EditorMark } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '../core/diagnostic.ts';

/** 'message (hint)': how every Studio pane words a problem. */
export const describeProblem = (d: Diagnostic) => (d.hint ? `${d.message} (${d.hint})` : d.message);

/**
 * Marks each problem on its whole line: the checks know lines, not columns. A line past the end
 * (the text shrank since the compile) marks the last line until the next compile catches up.
 */
export function editorMarks(doc: Text, diagnostics: readonly Diagnostic[]): EditorMark[] {
  return diagnostics.map((d) => {
    const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
    return {
      from: line.from,
      to: line.to,
      severity: d.severity,
      source: `line ${d.line}`,
      message: describeProblem(d),
    };
  });
}
