import { addAttempt, decodeProgress, type Attempt, type Progress } from '../core/progress.ts';
import type { KeyValueStore } from '../adapters/storage.ts';
import { STUDIO_DRAFT_ID } from './studio-draft.ts';

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
    // A trainer's run of a Studio story is a test, not the learner's play (earlier versions kept it).
    return {
      ...progress,
      attempts: progress.attempts.filter((a) => a.storyId !== STUDIO_DRAFT_ID),
    };
  }

  record(attempt: Attempt): void {
    if (attempt.storyId === STUDIO_DRAFT_ID) return;
    this.store.set(KEY, JSON.stringify(addAttempt(this.read(), attempt)));
  }

  /** The repair notice, once: shown on the next screen that reads progress. */
  takeNotice(): string | undefined {
    const notice = this.notice;
    this.notice = undefined;
    return notice;
  }
}
