import type { Beat, RuntimeProblem } from './beat.ts';
import type { GraphReads } from './graph-reads.ts';

/** What one read showed, what it reported, and the ink state it stopped in (none at an end). */
export interface MemoRead {
  beat: Beat;
  problems: RuntimeProblem[];
  state?: string;
}

/**
 * Bytes a memo may hold, estimated: far more than a session's teams need (a read of hotel-heat or
 * three-chats is about 3–4 KB with its ink state; 300 teams make at most a few thousand reads).
 */
export const MEMO_BYTES = 16 * 1024 * 1024;

/**
 * A read's size as characters of its path, its ink state and its beat as JSON: V8 keeps these
 * ASCII strings at a byte a character, and a beat's objects cost about what their JSON does.
 */
export function readBytes(path: string, read: MemoRead): number {
  return path.length + (read.state?.length ?? 0) + JSON.stringify(read.beat).length;
}

/**
 * The beats of one story read after each choice path with one seed, and the ink state each
 * stopped in. ink is deterministic given the compiled story, the seed and the path, so the teams
 * of a workshop session (one story, one seed) that take the same choices share one read instead
 * of each stepping inkjs again. Bounded by an estimate of its bytes (`readBytes`): past `maxBytes`
 * the reads used longest ago are forgotten. Reads stay the same; a play whose place was forgotten
 * is only replayed from the start when ink must read on from there.
 *
 * `graph`: the reads of the story's state-graph exploration, for a story without randomness (whose
 * reads no seed changes): a path the exploration read is answered from it, remembering nothing.
 */
export class BeatMemo {
  private readonly reads = new Map<string, MemoRead & { bytes: number }>();
  private held = 0;

  constructor(
    readonly json: string,
    readonly seed: number,
    private readonly maxBytes = MEMO_BYTES,
    private readonly graph?: GraphReads,
  ) {}

  /** Reads remembered (not counting those the graph answers). */
  get size(): number {
    return this.reads.size;
  }

  /** The estimated bytes of the reads remembered. */
  get bytes(): number {
    return this.held;
  }

  /** The read after `path` (choice indices joined by ','; '' for the first beat), `steps` as numbers. */
  get(path: string, steps?: readonly number[]): MemoRead | undefined {
    const known = this.reads.get(path);
    if (known) {
      // Used last: the latest in the map's order, the last to be forgotten.
      this.reads.delete(path);
      this.reads.set(path, known);
      return known;
    }
    const beat = steps && this.graph?.readAfter(steps);
    return beat ? { beat, problems: [] } : undefined;
  }

  remember(path: string, read: MemoRead): void {
    const bytes = readBytes(path, read);
    if (bytes > this.maxBytes || this.reads.has(path)) return;
    this.reads.set(path, { ...read, bytes });
    this.held += bytes;
    for (const [oldest, r] of this.reads) {
      if (this.held <= this.maxBytes) break;
      this.reads.delete(oldest);
      this.held -= r.bytes;
    }
  }
}
