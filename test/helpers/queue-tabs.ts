import type { Statement } from '@xapi/xapi';
import { MemoryStore } from '../../src/adapters/storage.ts';
import { StatementQueue } from '../../src/lms/xapi/statement-queue.ts';
import type { TabLocks } from '../../src/lms/xapi/tab-locks.ts';

/** A statement of Ann's with the given id (what the queue sends is opaque to it). */
export const statement = (id: string): Statement => ({
  id,
  actor: { mbox: 'mailto:ann@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { id: `urn:x:${id}` },
});

/** An LRS that logs every statement id it is sent, duplicates included; down until `up` is set. */
export function recordingLrs() {
  const state = { up: false, posted: [] as string[] };
  const send = async (batch: Statement[]) => {
    if (!state.up) throw new TypeError('Failed to fetch');
    state.posted.push(...batch.map((s) => s.id ?? ''));
  };
  return { state, send };
}

/**
 * Tabs of one learner in one browser: each opens its own statement queue on the storage they
 * share (as localStorage is shared), kept apart by the tab locks `tab()` gives it (Web Locks or
 * leases). Closing a tab stops its queue and lets its locks go.
 */
export function queueTabs(
  send: (batch: Statement[]) => Promise<void>,
  tab: () => { locks: TabLocks; close(): void },
) {
  const store = new MemoryStore();
  const open = () => {
    const opened = tab();
    const queue = new StatementQueue({
      store,
      key: 'q',
      send,
      retryMs: 60_000,
      locks: opened.locks,
    });
    return { queue, close: () => (queue.stop(), opened.close()) };
  };
  return { store, open };
}
