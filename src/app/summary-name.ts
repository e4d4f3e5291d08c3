import type { KeyValueStore } from '../adapters/storage.ts';

const KEY = 'serving-moments:summary-name';

/**
 * The name the PDF summary is prepared for: the one the learner last typed on this device, or
 * else the one the LMS gives. What the learner types is kept for their next summary.
 */
export function summaryName(
  store: KeyValueStore,
  fromLms: string | undefined,
): { learnerName?: string; onLearnerName: (name: string) => void } {
  const typed = store.get(KEY);
  const learnerName = typed ?? fromLms;
  return {
    ...(learnerName ? { learnerName } : {}),
    onLearnerName: (name) => store.set(KEY, name),
  };
}
