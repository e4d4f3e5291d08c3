import type { Diagnostic } from '../core/diagnostic.ts';
import type { FullCheck, QuickCheck } from './compile-text.ts';
import type { StoryFile } from './story-files.ts';

/** Messages between the Studio and its compile workers: one checks quickly, one explores. */
export type CompileRequest =
  | { kind: 'check'; id: number; files: StoryFile[] }
  | { kind: 'explore'; id: number; json: string; files: StoryFile[] }
  /** An edit of `base` (whose check said `diagnostics`): recheck only the knot it touched. */
  | {
      kind: 'syntax';
      id: number;
      files: StoryFile[];
      base: StoryFile[];
      diagnostics: Diagnostic[];
    };

export type CompileResponse =
  | { kind: 'checked'; id: number; files: StoryFile[]; check: QuickCheck }
  | { kind: 'explored'; id: number; check: FullCheck }
  /** No diagnostics: the edit was not inside one knot, so only the full compile can say. */
  | { kind: 'syntax'; id: number; diagnostics?: Diagnostic[] };

/** The part of a Worker the client uses: a fake in tests, the real compile worker in the Studio. */
export interface CompileWorker {
  postMessage(message: CompileRequest): void;
  onmessage: ((event: MessageEvent<CompileResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}
