import type { Statement } from '@xapi/xapi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../adapters/storage.ts';
import { LrsError } from './lrs-error.ts';
import { StatementQueue } from './statement-queue.ts';
import type { TabLocks } from './tab-locks.ts';
import { queueTabs, recordingLrs, statement } from '../../../test/helpers/queue-tabs.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the statement queue', () => {
  it('finds and drops a statement the LRS refuses, and delivers the rest', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const delivered: string[] = [];
    const send = vi.fn(async (batch: Statement[]) => {
      if (batch.some((s) => s.id === 'bad')) throw new LrsError(400, 'invalid statement');
      delivered.push(...batch.map((s) => s.id ?? ''));
    });
    const queue = new StatementQueue({ store: new MemoryStore(), key: 'q', send });
    for (const id of ['a', 'bad', 'c']) queue.push(statement(id));
    await queue.flush();
    expect(delivered).toEqual(['a', 'c']);
    expect(queue.pending).toBe(0);
  });

  it('counts a 409 as delivered: an earlier send already landed', async () => {
    const send = vi.fn(async () => {
      throw new LrsError(409, 'conflict');
    });
    const queue = new StatementQueue({ store: new MemoryStore(), key: 'q', send });
    queue.push(statement('a'));
    await queue.flush();
    expect(queue.pending).toBe(0);
  });

  it('waits longer after each failure, then sends when the LRS is back', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let up = false;
    const send = vi.fn(async () => {
      if (!up) throw new TypeError('fetch failed');
    });
    const store = new MemoryStore();
    const queue = new StatementQueue({ store, key: 'q', send, retryMs: 1000 });
    queue.push(statement('a'));
    await queue.flush();
    expect(JSON.parse(store.get('q') ?? '[]')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(send).toHaveBeenCalledTimes(2);
    up = true;
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(3);
    expect(queue.pending).toBe(0);
    expect(store.get('q')).toBeNull();
  });
});

describe('credentials the LRS refuses', () => {
  it('401/403 stops sending at once, keeps every statement and tells the learner', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = new MemoryStore();
    const refused: number[] = [];
    let tries = 0;
    const queue = new StatementQueue({
      store,
      key: 'q',
      retryMs: 5,
      send: () => {
        tries++;
        return Promise.reject(new LrsError(403, 'forbidden'));
      },
      onRefused: (status) => refused.push(status),
    });
    queue.push(statement('a'));
    queue.push(statement('b'));
    await queue.flush();
    await new Promise((r) => setTimeout(r, 50));
    // Not retried as if the LRS were down: one refusal, then nothing until the next launch.
    expect(tries).toBe(1);
    expect(refused).toEqual([403]);
    expect(JSON.parse(store.get('q') ?? '[]')).toHaveLength(2);
  });
});

/** Web Locks as the tabs of one browser see them: a lock is held until its tab closes. */
class BrowserLocks {
  private readonly held = new Map<string, number>();
  private tabs = 0;
  tab(): { locks: TabLocks; close(): void } {
    const tab = ++this.tabs;
    return {
      locks: {
        claim: async (name) => {
          if (this.held.has(name)) return false;
          this.held.set(name, tab);
          return true;
        },
      },
      close: () => {
        for (const [name, owner] of this.held) if (owner === tab) this.held.delete(name);
      },
    };
  }
}

describe('two tabs of the same learner', () => {
  it('offline, each tab keeps what it made; back online, every statement arrives exactly once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { state, send } = recordingLrs();
    const browser = new BrowserLocks();
    const { open } = queueTabs(send, () => browser.tab());
    const { queue: a } = open();
    a.push(statement('a1'));
    await a.flush();
    // The second tab opens while the first one's statement is still waiting in storage.
    const { queue: b } = open();
    b.push(statement('b1'));
    a.push(statement('a2'));
    b.push(statement('b2'));
    await Promise.all([a.flush(), b.flush()]);
    expect(state.posted).toEqual([]);

    state.up = true;
    await Promise.all([a.flush(), b.flush()]);
    expect([...state.posted].sort()).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(a.pending + b.pending).toBe(0);
    a.stop();
    b.stop();
  });

  it('what a tab closed offline left is sent once, by the tab still open, and by no later tab', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { state, send } = recordingLrs();
    const browser = new BrowserLocks();
    const { open } = queueTabs(send, () => browser.tab());
    const a = open();
    const b = open();
    a.queue.push(statement('a1'));
    b.queue.push(statement('b1'));
    a.queue.push(statement('a2'));
    await Promise.all([a.queue.flush(), b.queue.flush()]);
    b.close(); // the learner closes the second tab before the connection is back

    state.up = true;
    await a.queue.flush();
    expect([...state.posted].sort()).toEqual(['a1', 'a2', 'b1']);
    const later = open();
    await later.queue.flush();
    a.close();
    const last = open();
    await last.queue.flush();
    expect([...state.posted].sort()).toEqual(['a1', 'a2', 'b1']);
    later.close();
    last.close();
  });
});
