import type { Beat, RuntimeProblem } from './beat.ts';

/** What one read showed, what it reported, and the ink state it stopped in (none at an end). */
export interface MemoRead {
  beat: Beat;
  problems: RuntimeProblem[];
  state?: string;
}

/**
 * Paths remembered per memo: far more than a session's teams reach. Each keeps an ink state of
 * about 2–3 KB (hotel-heat, three-chats), so a full memo holds about 25 MB for its session's life.
 */
export const MEMO_PATHS = 10_000;

/**
 * The beats of one story read after each choice path with one seed, and the ink state each
 * stopped in. ink is deterministic given the compiled story, the seed and the path, so the teams
 * of a workshop session (one story, one seed) that take the same choices share one read instead
 * of each stepping inkjs again. Past `max` paths nothing more is remembered: reads stay the same,
 * they are only no longer shared.
 */
export class BeatMemo {
  private readonly reads = new Map<string, MemoRead>();

  constructor(
    readonly json: string,
    readonly seed: number,
    private readonly max = MEMO_PATHS,
  ) {}

  get size(): number {
    return this.reads.size;
  }

  /** The read after `path` (choice indices joined by ','; '' for the first beat). */
  get(path: string): MemoRead | undefined {
    return this.reads.get(path);
  }

  remember(path: string, read: MemoRead): void {
    if (this.reads.size < this.max) this.reads.set(path, read);
  }
}
