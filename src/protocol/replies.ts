/** What every request gets back: data, or an error a person can read (docs/workshop-protocol.md). */

export type ErrorCode =
  | 'invalid'
  | 'too-large'
  | 'unknown-event'
  | 'rate-limited'
  | 'not-found'
  | 'forbidden'
  | 'wrong-phase'
  | 'wrong-story'
  | 'out-of-range'
  | 'out-of-turn'
  | 'name-taken'
  | 'full'
  | 'removed'
  | 'unavailable'
  | 'internal';

export interface WorkshopError {
  code: ErrorCode;
  message: string;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: WorkshopError };
