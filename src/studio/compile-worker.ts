import type { CompileRequest, CompileResponse } from './compile-protocol.ts';
import {
  checkStudioText,
  reportStudioText,
  STUDIO_FILE,
  type StudioCheck,
} from './compile-text.ts';

// The compiler and the path explorer run here, off the page's thread, so typing never stutters.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompileRequest>) => void) | null;
  postMessage(message: CompileResponse): void;
};

function check(text: string): StudioCheck {
  try {
    return checkStudioText(text);
  } catch (err) {
    const message = `the checker stopped: ${(err as Error).message}`;
    return { diagnostics: [{ file: STUDIO_FILE, line: 1, severity: 'error', message }] };
  }
}

scope.onmessage = ({ data }) => {
  if (data.kind === 'check') {
    scope.postMessage({ kind: 'checked', id: data.id, text: data.text, check: check(data.text) });
  } else {
    const report = reportStudioText(data.json, data.title);
    scope.postMessage({ kind: 'report', id: data.id, report });
  }
};
