import { randomUUID } from 'node:crypto';
import type { SessionChange } from './manager-context.ts';

/** A change as it travels: numbered per session by the process that made it. */
export type NumberedChange = SessionChange & { seq: number };

/** What one process sends the others: the changes of one turn of its event loop, in order. */
export interface ChangeBatch {
  origin: string;
  changes: NumberedChange[];
}

/**
 * What each process repeats every `checkMs`: the last number it gave each session, and every team
 * whose devices are connected to it (by session code), which replaces what was heard of that.
 */
export interface ChangeSummary {
  origin: string;
  seqs: Record<string, number>;
  online?: Record<string, string[]>;
}

export interface ChangeFeedOptions {
  /** Publishes to every other process (Redis pub/sub, which drops what a subscriber misses). */
  sendBatch: (batch: ChangeBatch) => void;
  sendSummary: (summary: ChangeSummary) => void;
  /** A change from another process (`origin`), in the order that process made it. */
  apply: (change: SessionChange, origin: string) => void;
  /** A process not heard from for `forgetAfterMs` (stopped): whatever it said is void. */
  forget?: (origin: string) => void;
  /** The teams connected to this process now, by session code (for the summary). */
  present?: () => Record<string, string[]>;
  /**
   * Another process's whole word on which teams are connected to it: a lost 'online' or
   * 'offline' message is set right by it (presence is not in the store, so a re-read cannot).
   */
  presence?: (origin: string, online: Record<string, string[]>) => void;
  /** A session whose changes were missed: read again from the store (the truth). */
  heal: (code: string) => void;
  /** Whether this process holds the session (a session it does not hold has nothing stale). */
  holds: (code: string) => boolean;
  /** How often the summary goes out, so a missed last change is noticed when all is quiet. */
  checkMs?: number;
  /** An origin not heard from for this long (a process that stopped) is forgotten (6 summaries). */
  forgetAfterMs?: number;
  now?: () => number;
}

/**
 * The session changes processes tell each other over Redis, made safe to lose. Redis pub/sub
 * delivers at most once: a subscriber that is reconnecting, or too slow for its output buffer,
 * misses messages and is not told. So every change carries a number per session and origin; a
 * process that sees a number skipped, or a summary ahead of what it got, re-reads that session
 * from the store instead of showing a stale standing until the host page comes back.
 * Changes made in one turn of the event loop go out as one message (one Redis publish, not one
 * per choice).
 */
export class ChangeFeed {
  readonly origin = randomUUID();
  private readonly sent = new Map<string, number>();
  private readonly heard = new Map<string, { seqs: Map<string, number>; at: number }>();
  private outgoing: NumberedChange[] = [];
  private flushing: NodeJS.Immediate | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly now: () => number;
  private readonly forgetAfterMs: number;

  constructor(private readonly o: ChangeFeedOptions) {
    this.now = o.now ?? Date.now;
    const checkMs = o.checkMs ?? 5_000;
    this.forgetAfterMs = o.forgetAfterMs ?? 6 * checkMs;
    this.timer = setInterval(() => this.summarise(), checkMs);
    this.timer.unref();
  }

  /** A change made here, for the other processes. */
  publish(change: SessionChange): void {
    const seq = (this.sent.get(change.code) ?? 0) + 1;
    this.sent.set(change.code, seq);
    this.outgoing.push({ ...change, seq });
    this.flushing ??= setImmediate(() => this.flush());
  }

  flush(): void {
    if (this.flushing) clearImmediate(this.flushing);
    this.flushing = undefined;
    if (this.outgoing.length === 0) return;
    const changes = this.outgoing;
    this.outgoing = [];
    this.o.sendBatch({ origin: this.origin, changes });
  }

  /** A batch from another process. */
  receive(batch: ChangeBatch): void {
    const from = this.from(batch.origin);
    const gaps = new Set<string>();
    for (const numbered of batch.changes) {
      const { seq, ...change } = numbered;
      const last = from.seqs.get(change.code);
      if (last !== undefined && seq <= last) continue; // already heard
      from.seqs.set(change.code, seq);
      // The first change heard about a held session may follow one missed (this process had
      // just subscribed, or lost the one before): the store says what was missed.
      if (seq !== (last ?? 0) + 1 && this.o.holds(change.code)) gaps.add(change.code);
      this.o.apply(change as SessionChange, batch.origin);
    }
    for (const code of gaps) this.o.heal(code);
  }

  /** Another process's summary: a session it changed beyond what was heard from it is re-read. */
  receiveSummary(summary: ChangeSummary): void {
    const from = this.from(summary.origin);
    for (const [code, seq] of Object.entries(summary.seqs)) {
      const last = from.seqs.get(code) ?? 0;
      if (seq <= last) continue;
      from.seqs.set(code, seq);
      if (this.o.holds(code)) this.o.heal(code);
    }
    if (summary.online) this.o.presence?.(summary.origin, summary.online);
  }

  private from(origin: string) {
    let entry = this.heard.get(origin);
    if (!entry) {
      entry = { seqs: new Map(), at: 0 };
      this.heard.set(origin, entry);
    }
    entry.at = this.now();
    return entry;
  }

  /** Sends the summary of what this process changed, and forgets processes long silent. */
  summarise(): void {
    const now = this.now();
    for (const [origin, entry] of this.heard) {
      if (now - entry.at <= this.forgetAfterMs) continue;
      this.heard.delete(origin);
      this.o.forget?.(origin);
    }
    // Sessions this process no longer holds (archived, or never loaded) are no one's concern.
    for (const code of this.sent.keys()) if (!this.o.holds(code)) this.sent.delete(code);
    if (this.sent.size === 0) return;
    // Changes numbered but not sent yet go first: a summary ahead of them would make the others
    // re-read the session for nothing, then skip the changes as already heard.
    this.flush();
    const online = this.o.present?.();
    this.o.sendSummary({
      origin: this.origin,
      seqs: Object.fromEntries(this.sent),
      ...(online ? { online } : {}),
    });
  }

  stop(): void {
    clearInterval(this.timer);
    if (this.flushing) clearImmediate(this.flushing);
    this.flushing = undefined;
    this.outgoing = [];
  }
}
