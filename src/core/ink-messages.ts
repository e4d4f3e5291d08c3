import type { Diagnostic } from './diagnostic.ts';

const INK_MESSAGE = /^(ERROR|WARNING|TODO):\s*(?:'([^']+)'\s*)?line (\d+):\s*([\s\S]*)$/;

/**
 * Turns one message of the ink compiler ("ERROR: 'file.ink' line 12: message") into a diagnostic.
 * `fileOf` maps ink's name for a file to the name to show. Pure: used in Node and in the Studio's worker.
 */
export function parseInkMessage(
  message: string,
  fallbackFile: string,
  fileOf: (inkName: string) => string,
): Diagnostic {
  const m = INK_MESSAGE.exec(message.trim());
  if (!m) return { file: fallbackFile, line: 1, severity: 'error', message: message.trim() };
  return {
    file: m[2] ? fileOf(m[2]) : fallbackFile,
    line: Number(m[3]),
    severity: m[1] === 'ERROR' ? 'error' : 'warning',
    message: (m[4] ?? '').trim(),
  };
}
