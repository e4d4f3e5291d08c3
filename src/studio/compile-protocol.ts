import type { StudioCheck } from './compile-text.ts';

/** Messages between the Studio and its compile workers: one checks, one reports. */
export type CompileRequest =
  | { kind: 'check'; id: number; text: string }
  | { kind: 'report'; id: number; json: string; title?: string };

export type CompileResponse =
  | { kind: 'checked'; id: number; text: string; check: StudioCheck }
  | { kind: 'report'; id: number; report: string };

/** The part of a Worker the client uses: a fake in tests, the real compile worker in the Studio. */
export interface CompileWorker {
  postMessage(message: CompileRequest): void;
  onmessage: ((event: MessageEvent<CompileResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}
