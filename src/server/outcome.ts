import type { ErrorCode, Reply, WorkshopError } from '../protocol/replies.ts';

/** What a rule returns: a value, or an error that says what was refused and why (a Reply's shape). */
export type Outcome<T> = Reply<T>;

export const done = <T>(value: T): Outcome<T> => ({ ok: true, value });

export const refuse = (code: ErrorCode, message: string): { ok: false; error: WorkshopError } => ({
  ok: false,
  error: { code, message },
});
