export type Answers = readonly number[] | undefined;

/** How long a decision's report waits for its model answers before it goes without them. */
export const ANSWER_WAIT_MS = 20_000;

function within(ask: (() => Promise<Answers>) | undefined, ms: number): Promise<Answers> {
  if (!ask) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    ask().then(
      (answers) => {
        clearTimeout(timer);
        resolve(answers);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/**
 * A decision's model answers take an exploration of the story (seconds, off the page's thread),
 * but play never waits for them. Each report is written once its answers are in, in the order
 * the learner acted, so an ending never overtakes the decisions before it. When the page goes
 * away, `flush` writes every report still waiting at once, without its answers: late beats lost.
 */
export class AnswersInOrder {
  private chain: Promise<void> = Promise.resolve();
  private readonly waiting = new Set<() => void>();

  constructor(private readonly waitMs = ANSWER_WAIT_MS) {}

  add(ask: (() => Promise<Answers>) | undefined, write: (answers: Answers) => void): void {
    let done = false;
    const run = (answers: Answers) => {
      if (done) return;
      done = true;
      this.waiting.delete(now);
      try {
        write(answers);
      } catch (err) {
        console.warn('Serving Moments: a learning record failed', err);
      }
    };
    const now = () => run(undefined);
    this.waiting.add(now);
    const answers = within(ask, this.waitMs);
    this.chain = this.chain.then(() => answers).then(run);
  }

  /** Writes everything still waiting, in order, without the answers not yet in. */
  flush(): void {
    for (const write of [...this.waiting]) write();
  }

  /** Resolves once every report so far is written. */
  settled(): Promise<void> {
    return this.chain;
  }
}
