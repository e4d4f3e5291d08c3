import type { CompileRequest, CompileResponse } from './compile-protocol.ts';
import { fullCheck, quickCheck, type FullCheck, type QuickCheck } from './compile-text.ts';
import { knotCheck } from './knot-check.ts';
import type { StoryFile } from './story-files.ts';

// The compiler and the path explorer run here, off the page's thread, so typing never stutters.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompileRequest>) => void) | null;
  postMessage(message: CompileResponse): void;
};

const stopped = (files: readonly StoryFile[], err: unknown) => {
  const diagnostics = [
    {
      file: files[0]?.name ?? '',
      line: 1,
      severity: 'error' as const,
      message: `the checker stopped: ${(err as Error).message}`,
    },
  ];
  return { diagnostics, compile: diagnostics };
};

function check(files: StoryFile[]): QuickCheck {
  try {
    return quickCheck(files);
  } catch (err) {
    return stopped(files, err);
  }
}

function explore(json: string, files: StoryFile[]): FullCheck {
  try {
    return fullCheck(json, files);
  } catch (err) {
    return stopped(files, err);
  }
}

scope.onmessage = ({ data }) => {
  if (data.kind === 'check') {
    scope.postMessage({
      kind: 'checked',
      id: data.id,
      files: data.files,
      check: check(data.files),
    });
  } else if (data.kind === 'syntax') {
    let diagnostics;
    try {
      diagnostics = knotCheck(data.base, data.diagnostics, data.files);
    } catch {
      // The full compile that follows says what is wrong.
    }
    scope.postMessage({ kind: 'syntax', id: data.id, ...(diagnostics ? { diagnostics } : {}) });
  } else {
    scope.postMessage({ kind: 'explored', id: data.id, check: explore(data.json, data.files) });
  }
};
