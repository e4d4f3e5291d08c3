import type { KeyValueStore } from '../../adapters/storage.ts';
import type { BestResult } from '../suspend-state.ts';

interface Stored {
  bests: Record<string, BestResult>;
  /** What the course activity was last told, so completed and passed are each sent once. */
  told: { completed: boolean; passed: boolean };
}

const empty = (): Stored => ({ bests: {}, told: { completed: false, passed: false } });

function read(store: KeyValueStore, key: string): Stored {
  try {
    const raw = JSON.parse(store.get(key) ?? 'null') as Partial<Stored> | null;
    if (!raw || typeof raw.bests !== 'object' || raw.bests === null) return empty();
    return {
      bests: raw.bests,
      told: { completed: raw.told?.completed === true, passed: raw.told?.passed === true },
    };
  } catch {
    return empty();
  }
}

/**
 * xAPI has no suspend data: each scenario's best result in this registration is kept on the device,
 * so the course activity can be completed and passed by the package's rule across launches.
 */
export class CourseProgress {
  private data: Stored;

  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {
    this.data = read(store, key);
  }

  get bests(): Map<string, BestResult> {
    return new Map(Object.entries(this.data.bests));
  }

  get told(): Stored['told'] {
    return { ...this.data.told };
  }

  /** Keeps the better of the stored and the new result. */
  finished(storyId: string, result: BestResult): void {
    const before = this.data.bests[storyId];
    if (!before || result.overall >= before.overall) this.data.bests[storyId] = result;
    this.save();
  }

  tell(told: Stored['told']): void {
    this.data.told = told;
    this.save();
  }

  private save(): void {
    this.store.set(this.key, JSON.stringify(this.data));
  }
}
