import { StoreBusyError } from './store.ts';

/** Errors that mean the server is out of reach (restarting, network), not a refused statement. */
export function unreachable(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message ?? '';
  return (
    /^(08|57P)/.test(code) ||
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code) ||
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
      message,
    )
  );
}

/**
 * Errors of a server that is up but could not take the request in time, where Postgres is known
 * to have kept nothing: no pooled connection came free within `connectionTimeoutMillis`, or
 * Postgres itself cancelled a statement (`statement_timeout`, 57014) or a lock wait (55P03). pg's
 * client-side `query_timeout` ("Query read timeout") is not one: it stops waiting without
 * cancelling, so the statement may still commit, and "not kept, try again" could be untrue.
 */
function busy(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message ?? '';
  return (
    ['57014', '55P03'].includes(code) || /timeout exceeded when trying to connect/i.test(message)
  );
}

/** A serialization failure or a deadlock: Postgres rolled the statement back; running it again is right. */
export const retriable = (err: unknown) =>
  ['40001', '40P01'].includes((err as { code?: string }).code ?? '');

/** What a failed statement becomes: a named "busy" error, or the error as it was. */
export function named(err: unknown, where: string): unknown {
  if (!busy(err)) return err;
  return new StoreBusyError(`${where} is busy: ${(err as Error).message}`, { cause: err });
}

/**
 * Runs at most `n` of the tasks at once; the others wait their turn, but never longer than
 * `waitMs` (then refused as busy, as a request that waited that long for a connection is): a
 * burst of session reads must not leave a host or a device waiting for minutes with no answer.
 */
export function busyLimiter(n: number, waitMs: number, where: string) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= n)
      await new Promise<void>((go, refuse) => {
        const turn = () => {
          clearTimeout(timer);
          go();
        };
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(turn), 1);
          refuse(
            new StoreBusyError(`${where} is busy: a session read waited ${waitMs} ms for its turn`),
          );
        }, waitMs);
        waiting.push(turn);
      });
    else running += 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
