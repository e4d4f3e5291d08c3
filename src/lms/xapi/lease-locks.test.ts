import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT_MS, LEASE_MS, leaseTabLocks, SETTLE_MS } from './lease-locks.ts';
import { queueTabs, recordingLrs, statement } from '../../../test/helpers/queue-tabs.ts';

/** One browser's localStorage, shared by its tabs, and a clock that moves when the test says. */
class Site {
  readonly items = new Map<string, string>();
  time = 1_000_000;
  private timers: { at: number; every: number; run: () => void }[] = [];
  private waits: { at: number; done: () => void }[] = [];
  readonly storage = {
    getItem: (k: string) => this.items.get(k) ?? null,
    setItem: (k: string, v: string) => void this.items.set(k, v),
    removeItem: (k: string) => void this.items.delete(k),
  };

  /** A tab of the site: its locks, and what happens when it closes or dies. */
  tab() {
    const leave: (() => void)[] = [];
    const mine: typeof this.timers = [];
    const locks = leaseTabLocks({
      storage: this.storage,
      now: () => this.time,
      setInterval: (run, every) => {
        const timer = { at: this.time + every, every, run };
        mine.push(timer);
        this.timers.push(timer);
      },
      wait: (ms) => new Promise((done) => this.waits.push({ at: this.time + ms, done })),
      onLeave: (run) => leave.push(run),
    });
    const stopTimers = () => (this.timers = this.timers.filter((t) => !mine.includes(t)));
    return {
      locks,
      close: () => (stopTimers(), leave.forEach((run) => run())),
      crash: stopTimers,
    };
  }

  /** Moves the clock, firing heartbeats and ending waits that fall due. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const next = Math.min(end, ...this.timers.map((t) => t.at), ...this.waits.map((w) => w.at));
      this.time = next;
      for (const t of this.timers.filter((t) => t.at <= next)) {
        t.run();
        t.at += t.every;
      }
      const due = this.waits.filter((w) => w.at <= next);
      this.waits = this.waits.filter((w) => w.at > next);
      due.forEach((w) => w.done());
      await Promise.resolve();
      await new Promise((r) => setImmediate(r));
      if (next >= end && this.waits.every((w) => w.at > end)) return;
    }
  }

  /** Moves the clock in small steps until `work` is done; a bounded number of steps. */
  async until<T>(work: Promise<T>): Promise<T> {
    let done = false;
    const result = work.finally(() => (done = true));
    for (let step = 0; step < 200 && !done; step++) await this.advance(SETTLE_MS / 5);
    if (!done) throw new Error('the work did not finish within 200 steps of the clock');
    return result;
  }

  /** Runs a claim to its end, moving the clock past its settle wait. */
  async claim(locks: { claim(name: string): Promise<boolean> }, name: string): Promise<boolean> {
    const result = locks.claim(name);
    await this.advance(SETTLE_MS);
    return result;
  }
}

afterEach(() => vi.restoreAllMocks());

describe('tab locks from leases in localStorage (pages without Web Locks)', () => {
  it('a name held by an open tab is refused to another, however long it stays open', async () => {
    const site = new Site();
    const a = site.tab();
    const b = site.tab();
    expect(await site.claim(a.locks, 'slot-0')).toBe(true);
    expect(await site.claim(b.locks, 'slot-0')).toBe(false);
    await site.advance(LEASE_MS * 3); // the heartbeat keeps renewing it
    expect(await site.claim(b.locks, 'slot-0')).toBe(false);
    expect(await site.claim(b.locks, 'slot-1')).toBe(true);
  });

  it('a tab that closes gives its names up at once; one that dies, once its lease runs out', async () => {
    const site = new Site();
    const a = site.tab();
    const b = site.tab();
    await site.claim(a.locks, 'slot-0');
    a.close();
    expect(await site.claim(b.locks, 'slot-0')).toBe(true);

    const c = site.tab();
    await site.claim(c.locks, 'slot-1');
    c.crash(); // no pagehide: the lease is left in storage
    const d = site.tab();
    expect(await site.claim(d.locks, 'slot-1')).toBe(false);
    await site.advance(LEASE_MS + HEARTBEAT_MS);
    expect(await site.claim(d.locks, 'slot-1')).toBe(true);
  });

  it('of two tabs claiming at the same moment, only the one whose write stands gets the name', async () => {
    const site = new Site();
    const a = site.tab();
    const b = site.tab();
    // Both read the name as free before either write reached the other tab: b's write lands last.
    const first = a.locks.claim('slot-0');
    const rival = site.items.get('serving-moments:lease:slot-0');
    site.items.delete('serving-moments:lease:slot-0');
    const second = b.locks.claim('slot-0');
    expect(rival).toBeDefined();
    await site.advance(SETTLE_MS);
    expect([await first, await second]).toEqual([false, true]);
  });
  it('on storage that refuses writes, a claim stands: no other tab can store anything to clash with', async () => {
    const site = new Site();
    site.storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const a = site.tab();
    expect(await site.claim(a.locks, 'slot-0')).toBe(true);
    expect(site.items.size).toBe(0);
  });
});

describe('the statement queue on leases: two tabs of one learner on a plain http page', () => {
  it('offline, both tabs make statements and one closes; back online each arrives exactly once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const site = new Site();
    const { state, send } = recordingLrs();
    const { open } = queueTabs(send, () => site.tab());
    const a = open();
    a.queue.push(statement('a1'));
    await site.advance(SETTLE_MS);
    const b = open();
    b.queue.push(statement('b1'));
    await site.advance(SETTLE_MS);
    a.queue.push(statement('a2'));
    b.queue.push(statement('b2'));
    b.queue.push(statement('b3'));
    await site.advance(SETTLE_MS);
    b.close(); // closed before the connection is back: only storage holds b's statements

    state.up = true;
    await site.until(a.queue.flush());
    expect([...state.posted].sort()).toEqual(['a1', 'a2', 'b1', 'b2', 'b3']);
    // A tab opened later finds nothing left to send twice.
    const later = open();
    await site.until(later.queue.flush());
    expect(state.posted).toHaveLength(5);
    a.close();
    later.close();
  });
});
