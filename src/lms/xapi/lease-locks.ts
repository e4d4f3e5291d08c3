import { webTabLocks, type TabLocks } from './tab-locks.ts';
import { uuid } from './uuid.ts';

/** What a lease needs from the page: the storage every tab of the site shares, a clock, timers. */
export interface LeaseHost {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  now(): number;
  setInterval(run: () => void, ms: number): unknown;
  wait(ms: number): Promise<void>;
  /** Calls `run` when the page goes away for good (not into the back/forward cache). */
  onLeave(run: () => void): void;
}

/** How often a tab renews what it holds. */
export const HEARTBEAT_MS = 10_000;
/**
 * How long a lease outlives its last renewal. A hidden tab's timers may fire only once a minute
 * (Chromium's intensive throttling), so the lease must outlast that or an open tab would lose it.
 * Only a tab that died without `pagehide` makes others wait this long.
 */
export const LEASE_MS = 180_000;
/** How long a claim waits before reading its write back, so a rival tab's write has arrived. */
export const SETTLE_MS = 250;

interface Lease {
  tab: string;
  until: number;
}

const PREFIX = 'serving-moments:lease:';

/**
 * Tab locks without the Web Locks API (plain http pages are not secure contexts and have none):
 * a lease per name in localStorage, renewed by a heartbeat while the tab is open and given up as
 * it closes. Storage is shared by every tab of the site but not atomic across them, so a claim
 * writes, waits, and reads back: of two tabs claiming at once, the later write wins and the other
 * sees it and backs off.
 */
export function leaseTabLocks(host: LeaseHost): TabLocks {
  const me = uuid();
  const held = new Set<string>();
  let beating = false;
  const read = (key: string): Lease | undefined => {
    try {
      const value: unknown = JSON.parse(host.storage.getItem(key) ?? 'null');
      const lease = value as Lease | null;
      return lease && typeof lease.tab === 'string' && typeof lease.until === 'number'
        ? lease
        : undefined;
    } catch {
      return undefined;
    }
  };
  const write = (key: string) =>
    host.storage.setItem(key, JSON.stringify({ tab: me, until: host.now() + LEASE_MS }));
  const renew = () => {
    for (const key of held) {
      if (read(key)?.tab === me) write(key);
      else {
        // This tab slept past its lease and another took it: what it sends now may go twice
        // (the LRS keeps a statement id once), but nothing it holds is dropped.
        held.delete(key);
        console.warn(`Serving Moments: this tab lost ${key.slice(PREFIX.length)} to another tab`);
      }
    }
  };
  const release = () => {
    for (const key of held) if (read(key)?.tab === me) host.storage.removeItem(key);
    held.clear();
  };
  return {
    claim: async (name) => {
      const key = PREFIX + name;
      const current = read(key);
      if (current && current.tab !== me && current.until > host.now()) return false;
      try {
        write(key);
      } catch {
        // Storage refuses writes (full, or site data off): the queue cannot store its slot either,
        // so there is nothing another tab could overwrite. It sends from memory, as one tab would.
        return true;
      }
      await host.wait(SETTLE_MS);
      if (read(key)?.tab !== me) return false;
      held.add(key);
      if (!beating) {
        beating = true;
        host.setInterval(renew, HEARTBEAT_MS);
        host.onLeave(release);
      }
      return true;
    },
  };
}

/** Leases over the page's localStorage; undefined when the page may not use storage at all. */
export function pageLeaseLocks(win: Window): TabLocks | undefined {
  let storage: Storage | undefined;
  try {
    storage = win.localStorage;
  } catch {
    return undefined;
  }
  if (!storage) return undefined;
  return leaseTabLocks({
    storage,
    now: () => Date.now(),
    setInterval: (run, ms) => win.setInterval(run, ms),
    wait: (ms) => new Promise((resolve) => win.setTimeout(resolve, ms)),
    onLeave: (run) =>
      win.addEventListener('pagehide', (e) => {
        if (!e.persisted) run();
      }),
  });
}

/** The browser's Web Locks where the page has them, leases in localStorage where it does not. */
export const pageTabLocks = (win: Window): TabLocks | undefined =>
  webTabLocks(win.navigator) ?? pageLeaseLocks(win);
