/**
 * The outcomes the explorer takes at the random draws of one stretch of story (from a decision to
 * the next), so it can play the stretch once per combination of outcomes: a depth-first walk over
 * the tree of draws, as the explorer walks choices. Draw k of the stretch takes `forced[k]`, or
 * the first outcome once past the forced ones; `met[k]` is how many outcomes draw k had.
 */
export class LuckTape {
  private forced: number[] = [];
  private met: number[] = [];

  /**
   * `forgets`: whether the story can never come back to the shuffle in this container (as
   * ink-flow.ts finds it), so which elements it picked need not be kept in the state.
   */
  constructor(
    readonly forgets: (path: string) => boolean = () => false,
    /** Outcomes taken of one draw; a draw with more takes this many, spread over its range. */
    readonly maxOutcomes = Infinity,
  ) {}

  /** Whether some draw had more outcomes than `maxOutcomes`, so not every one was taken. */
  sampled = false;

  /**
   * Where each draw with more than one outcome was met since `reset`, as ink names the container
   * that draws (`knot.stitch…`, or an index at the story's top), in the order first met.
   */
  readonly sites: string[] = [];

  /** Back to the first combination, for a stretch not yet played. */
  reset(): void {
    this.forced = [];
    this.met = [];
    this.sites.length = 0;
  }

  /** Before each play of the stretch: the draws met are counted afresh. */
  rewind(): void {
    this.met = [];
  }

  /** The outcome (0 ≤ it < `outcomes`) that draw `k` of this play, at `site`, takes. */
  draw(k: number, outcomes: number, site = ''): number {
    if (outcomes > 1 && !this.sites.includes(site)) this.sites.push(site);
    const taken = Math.min(outcomes, this.maxOutcomes);
    this.met[k] = taken;
    const forced = this.forced[k] ?? 0;
    const j = forced < taken ? forced : 0;
    if (taken === outcomes) return j;
    this.sampled = true;
    return Math.floor((j * outcomes) / taken);
  }

  /** Draws this play of the stretch met. */
  get draws(): number {
    return this.met.length;
  }

  /**
   * After a play that stalled (a loop without a choice, or ink stopped): forgets the draws it met
   * after the last one forced, so their endless combinations are not each played. True when one
   * of those had an outcome left, which is then never taken.
   */
  settle(): boolean {
    const keep = Math.max(1, this.forced.length);
    const dropped = this.met.slice(keep).some((n) => n > 1);
    this.met = this.met.slice(0, keep);
    return dropped;
  }

  /**
   * Moves to the next combination of the draws the last play met: the last draw with an outcome
   * left takes its next one, and every draw after it starts again from its first (what follows a
   * different outcome may draw differently). False once every combination has been played.
   */
  next(): boolean {
    for (let k = this.met.length - 1; k >= 0; k--) {
      const taken = this.forced[k] ?? 0;
      if (taken + 1 < (this.met[k] ?? 0)) {
        this.forced = [...this.met.slice(0, k).map((_, i) => this.forced[i] ?? 0), taken + 1];
        return true;
      }
    }
    return false;
  }
}
