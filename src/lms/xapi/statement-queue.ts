import type { Statement } from '@xapi/xapi';
import type { KeyValueStore } from '../../adapters/storage.ts';
import type { SendStatements } from './lrs-client.ts';
import { LrsError } from './lrs-error.ts';
import type { TabLocks } from './tab-locks.ts';

/** How many tabs of one learner can each keep their own stored queue. */
const SLOTS = 16;

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
  /** Without them the queue assumes it is the only tab open for this learner. */
  locks?: TabLocks;
}

/**
 * Statements waiting for the LRS. Every statement is stored before it is sent and removed only once
 * the LRS has it; sending happens in the background and never holds up play.
 *
 * Two tabs of the same learner must neither overwrite each other's stored statements nor both send
 * the ones left from a closed tab. So each open tab keeps its own slot (`key`, `key:tab-1`, …),
 * held by a tab lock while it is open, and sends only what is in its slot. A slot whose lock is
 * free belongs to a tab that has closed: the first tab to take its lock adopts its statements.
 */
export class StatementQueue {
  private items: Statement[] = [];
  /** Which slot this tab writes; undefined until claimed, or when every slot is taken. */
  private slot: number | undefined;
  private readonly ready: Promise<void>;
  private readonly adopted = new Set<number>();
  private sending: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay: number;
  private singly = false;
  private stopped = false;

  constructor(private readonly options: QueueOptions) {
    this.delay = options.retryMs ?? 2000;
    if (options.locks) this.ready = this.claimSlot(options.locks);
    else {
      this.slot = 0;
      this.items = this.load(0);
      this.ready = Promise.resolve();
    }
    // Statements left from an earlier session (the LRS was down when the learner left) go first.
    void this.ready.then(() => this.flush());
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
    // This tab's own statements go first: at pagehide 'terminated' must not wait behind lock
    // requests for a closed tab's leftovers, which are adopted once the own queue is empty.
    this.sending ??= this.ready
      .then(() => this.drain())
      .then(() => this.adoptAndDrain())
      .finally(() => {
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

  /** The first free slot is this tab's; what a closed tab left in it is sent first. */
  private async claimSlot(locks: TabLocks): Promise<void> {
    for (let i = 0; i < SLOTS; i++) {
      if (!(await locks.claim(this.lockName(i)))) continue;
      this.slot = i;
      this.take(this.load(i), true);
      return;
    }
    console.warn(
      `Serving Moments: ${SLOTS} tabs already keep xAPI statements; this one keeps them in memory`,
    );
  }

  /** Slots with statements whose tab has closed (their lock is free) become this tab's to send. */
  private async adoptAndDrain(): Promise<void> {
    if (this.stopped || this.items.length > 0) return; // a retry is due: it adopts then
    await this.adoptOrphans();
    if (this.items.length > 0) await this.drain();
  }

  private async adoptOrphans(): Promise<void> {
    const locks = this.options.locks;
    if (!locks || this.slot === undefined) return;
    for (let i = 0; i < SLOTS; i++) {
      if (i === this.slot || this.adopted.has(i) || this.load(i).length === 0) continue;
      if (!(await locks.claim(this.lockName(i)))) continue; // its tab is still open and sends them
      // The lock stays held: no other tab can take the slot and send what it held a second time.
      this.adopted.add(i);
      this.take(this.load(i), false);
      this.write(i, []);
    }
  }

  private take(found: readonly Statement[], first: boolean): void {
    const known = new Set(this.items.map((s) => s.id));
    const fresh = found.filter((s) => !s.id || !known.has(s.id));
    // Found in storage at launch: older than anything pushed meanwhile, so they go first.
    this.items = first ? [...fresh, ...this.items] : [...this.items, ...fresh];
    this.save();
  }

  private slotKey(i: number): string {
    return i === 0 ? this.options.key : `${this.options.key}:tab-${i}`;
  }

  private lockName(i: number): string {
    return `${this.options.key}:slot-${i}`;
  }

  private load(i: number): Statement[] {
    try {
      const raw = this.options.store.get(this.slotKey(i));
      const data: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(data) ? (data as Statement[]) : [];
    } catch {
      return [];
    }
  }

  /** Until the slot is claimed (a moment after launch) the statements are only in memory. */
  private save(): void {
    if (this.slot !== undefined) this.write(this.slot, this.items);
  }

  private write(i: number, items: readonly Statement[]): void {
    try {
      if (items.length === 0) this.options.store.remove(this.slotKey(i));
      else this.options.store.set(this.slotKey(i), JSON.stringify(items));
    } catch {
      // storage refused: the statements still go from memory while this page is open
    }
  }
}
