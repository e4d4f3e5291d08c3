import type { FullCheck, QuickCheck } from './compile-text.ts';
import type { StoryFile } from './story-files.ts';

/** Messages between the Studio and its compile workers: one checks quickly, one explores. */
export type CompileRequest =
  | { kind: 'check'; id: number; files: StoryFile[] }
  | { kind: 'explore'; id: number; json: string; files: StoryFile[] };

export type CompileResponse =
  | { kind: 'checked'; id: number; files: StoryFile[]; check: QuickCheck }
  | { kind: 'explored'; id: number; check: FullCheck };

/** The part of a Worker the client uses: a fake in tests, the real compile worker in the Studio. */
export interface CompileWorker {
  postMessage(message: CompileRequest): void;
  onmessage: ((event: MessageEvent<CompileResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}
