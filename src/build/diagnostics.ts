export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

/** 'file:line: error: message (hint)': the form editors and terminals link to the source. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}
