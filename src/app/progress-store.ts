import { addAttempt, decodeProgress, type Attempt, type Progress } from '../core/progress.ts';
import type { KeyValueStore } from '../adapters/storage.ts';

const KEY = 'serving-moments:progress';

/** Every finished playthrough on this device; a damaged store is repaired once, with a notice. */
export class ProgressStore {
  private notice: string | undefined;

  constructor(private readonly store: KeyValueStore) {}

  read(): Progress {
    const { progress, notice } = decodeProgress(this.store.get(KEY));
    if (notice) {
      this.notice = notice;
      this.store.set(KEY, JSON.stringify(progress));
    }
    return progress;
  }

  record(attempt: Attempt): void {
    this.store.set(KEY, JSON.stringify(addAttempt(this.read(), attempt)));
  }

  /** The repair notice, once: shown on the next screen that reads progress. */
  takeNotice(): string | undefined {
    const notice = this.notice;
    this.notice = undefined;
    return notice;
  }
}
