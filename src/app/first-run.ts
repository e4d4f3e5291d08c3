import type { KeyValueStore } from '../adapters/storage.ts';

const KEY = 'serving-moments:welcome-seen';

/** Whether this device's learner has been through (or skipped) the first-run welcome. */
export const welcomeSeen = (store: KeyValueStore): boolean => store.get(KEY) !== null;

export const markWelcomeSeen = (store: KeyValueStore): void => store.set(KEY, '1');
