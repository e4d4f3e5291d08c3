/**
 * Which open tab owns which stored queue. A tab takes a named lock only if no other tab holds it
 * and keeps it until the tab closes, so "the lock is free" means "nobody is sending these".
 */
export interface TabLocks {
  /** Takes `name` if it is free and holds it for as long as this page lives; false if held. */
  claim(name: string): Promise<boolean>;
}

/**
 * The Web Locks API (every current browser, secure contexts only: https, localhost, file://).
 * Undefined where it is missing: lease-locks.ts then stands in for it.
 */
export function webTabLocks(nav: Navigator | undefined): TabLocks | undefined {
  const locks = nav?.locks;
  if (!locks) return undefined;
  return {
    claim: (name) =>
      new Promise<boolean>((resolve) => {
        locks
          .request(name, { ifAvailable: true }, (lock) => {
            resolve(lock !== null);
            // Held until the page goes away: a promise that never settles keeps the lock.
            return lock ? new Promise<never>(() => undefined) : undefined;
          })
          .catch(() => resolve(false));
      }),
  };
}
