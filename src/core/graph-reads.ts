import type { Beat } from './beat.ts';

/** Edge reads kept per story: hotel-heat has about 4,300 edges; a bound cut keeps the rest to ink. */
export const MAX_EDGE_READS = 50_000;

interface EdgeRead {
  beat: Beat;
  to: number;
}

/**
 * What a story's state-graph exploration read along each edge (the option taken from a decision
 * node and the node it led to): the beat a play taking that option there is shown. A play walks the
 * edges from the start with its choice path, so it reads a beat the exploration met without
 * stepping ink. Only a story without randomness is read this way (one edge per option), and only
 * edges read while the exploration had met no runtime problem: a read that reported one is left
 * to ink, which reports it to the play as it happens.
 */
export class GraphReads {
  private readonly edges = new Map<number, Map<number, EdgeRead>>();
  private count = 0;
  private closed = false;

  constructor(private readonly max = MAX_EDGE_READS) {}

  get size(): number {
    return this.count;
  }

  /** The exploration read `beat` taking `option` (-1: starting) at node `from`, reaching `to`. */
  record(from: number, option: number, to: number, beat: Beat): void {
    if (this.closed || this.count >= this.max) return;
    let options = this.edges.get(from);
    if (!options) this.edges.set(from, (options = new Map()));
    if (options.has(option)) return;
    options.set(option, { beat, to });
    this.count += 1;
  }

  /** The exploration met a runtime problem: nothing more is recorded, nothing served. */
  close(): void {
    this.closed = true;
    this.edges.clear();
    this.count = 0;
  }

  /** The beat read after choosing `path` from the start, if the exploration read that far. */
  readAfter(path: readonly number[]): Beat | undefined {
    let edge = this.edges.get(0)?.get(-1);
    for (const index of path) {
      if (!edge) return undefined;
      edge = this.edges.get(edge.to)?.get(index);
    }
    return edge?.beat;
  }
}
