import type { Statement } from '@xapi/xapi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../adapters/storage.ts';
import { LrsError } from './lrs-error.ts';
import { StatementQueue } from './statement-queue.ts';

const statement = (id: string): Statement => ({
  id,
  actor: { mbox: 'mailto:ann@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { id: `urn:x:${id}` },
});

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
