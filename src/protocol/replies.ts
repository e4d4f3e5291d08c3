import type { Result } from '../core/result.ts';

/** What every request gets back: a value, or an error a person can read (docs/workshop-protocol.md). */

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

/** The core's one Result shape on the wire: `{ ok: true, value }` or `{ ok: false, error }`. */
export type Reply<T> = Result<T, WorkshopError>;
