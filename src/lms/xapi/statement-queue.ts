import type { Statement } from '@xapi/xapi';
import type { KeyValueStore } from '../../adapters/storage.ts';
import type { SendStatements } from './lrs-client.ts';
import { LrsError } from './lrs-error.ts';

export interface QueueOptions {
  store: KeyValueStore;
  /** Where the unsent statements are kept, so they survive a reload or a closed laptop. */
  key: string;
  send: SendStatements;
  /** First wait before a retry; it doubles after each failure up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  batchSize?: number;
  /** Beyond this the oldest statements go: a device offline for weeks must not fill its storage. */
  maxQueued?: number;
  /** The LRS refused the credentials (401/403): sending stops, the statements stay stored. */
  onRefused?: (status: number) => void;
}

/**
 * Statements waiting for the LRS. Every statement is stored before it is sent and removed only once
 * the LRS has it; sending happens in the background and never holds up play.
 */
export class StatementQueue {
  private items: Statement[];
  private sending: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay: number;
  private singly = false;
  private stopped = false;

  constructor(private readonly options: QueueOptions) {
    this.items = this.load();
    this.delay = options.retryMs ?? 2000;
  }

  get pending(): number {
    return this.items.length;
  }

  push(statement: Statement): void {
    this.items.push(statement);
    const max = this.options.maxQueued ?? 1000;
    if (this.items.length > max) {
      const lost = this.items.splice(0, this.items.length - max);
      console.warn(
        `Serving Moments: ${lost.length} xAPI statements were dropped: the LRS was unreachable too long`,
      );
    }
    this.save();
    void this.flush();
  }

  /** Sends everything queued; resolves when the queue is empty or the LRS is unreachable. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.sending ??= this.drain().finally(() => {
      this.sending = undefined;
    });
    return this.sending;
  }

  /** Stops waiting to retry (the statements stay stored for the next launch). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async drain(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.items.length > 0) {
      const batch = this.items.slice(0, this.singly ? 1 : (this.options.batchSize ?? 50));
      try {
        await this.options.send(batch);
      } catch (err) {
        // Bad or expired credentials: trying again cannot help, and the statements are not at
        // fault. Stop, keep them for the next launch (new credentials), and let the learner know.
        if (err instanceof LrsError && (err.status === 401 || err.status === 403)) {
          this.stop();
          console.warn(
            'Serving Moments: the LRS refused the credentials; statements are kept',
            err,
          );
          this.options.onRefused?.(err.status);
          return;
        }
        if (!(err instanceof LrsError) || !err.permanent) return this.retryLater(err);
        // One bad statement refuses its whole batch: find it by sending one at a time.
        if (batch.length > 1) {
          this.singly = true;
          continue;
        }
        // 409: the LRS already has this id (an earlier send landed); otherwise it never will.
        if (err.status !== 409) console.warn('Serving Moments: the LRS refused a statement', err);
      }
      this.remove(batch);
      this.delay = this.options.retryMs ?? 2000;
    }
    this.singly = false;
  }

  private retryLater(err: unknown): void {
    if (this.stopped) return;
    console.warn(`Serving Moments: the LRS is unreachable; retrying in ${this.delay} ms`, err);
    this.timer = setTimeout(() => void this.flush(), this.delay);
    this.delay = Math.min(this.delay * 2, this.options.maxRetryMs ?? 60_000);
  }

  private remove(batch: readonly Statement[]): void {
    const sent = new Set(batch);
    this.items = this.items.filter((s) => !sent.has(s));
    this.save();
  }

  private load(): Statement[] {
    try {
      const raw = this.options.store.get(this.options.key);
      const data: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(data) ? (data as Statement[]) : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      if (this.items.length === 0) this.options.store.remove(this.options.key);
      else this.options.store.set(this.options.key, JSON.stringify(this.items));
    } catch {
      // storage refused: the statements still go from memory while this page is open
    }
  }
}
