import type { AppendResult, ChoiceRecord } from './store.ts';

interface Waiting {
  choice: ChoiceRecord;
  resolve: (result: AppendResult) => void;
  reject: (err: unknown) => void;
}

export interface ChoiceBatchWriter {
  /**
   * Inserts every choice that is its team's next step in a playing session, in one statement
   * (one commit); the `team:step:index` keys of the rows it stored.
   */
  insertMany(choices: ChoiceRecord[]): Promise<Set<string>>;
  /** One choice on its own, as the store always judged it (the rows the batch did not store). */
  one(choice: ChoiceRecord): Promise<AppendResult>;
  /** An error of the batch after which each row is tried alone (a team removed meanwhile). */
  perRow(err: unknown): boolean;
}

export const choiceKey = (c: { teamId: string; step: number; index: number }) =>
  `${c.teamId}:${c.step}:${c.index}`;

/**
 * Group commit for Postgres: the choices that arrive while earlier batches are on their way (or
 * in one turn of the event loop) go to Postgres as one statement, so they cost one round trip and
 * one WAL flush instead of one each. Each promise settles after that statement has committed, so
 * nothing is acknowledged before it is durable. A row the batch did not store (a duplicate, one
 * out of turn, a closed session) is judged alone by `one`, exactly as without the batch.
 * At most `inFlight` batches are sent at once: while they are on their way the next batch grows,
 * so under load the batches get larger rather than queueing for connections.
 */
export class PgChoiceBatch {
  private waiting: Waiting[] = [];
  private scheduled: ReturnType<typeof setImmediate> | undefined;
  private sending = 0;

  constructor(
    private readonly writer: ChoiceBatchWriter,
    private readonly inFlight = 2,
    private readonly maxRows = 500,
  ) {}

  add(choice: ChoiceRecord): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.waiting.push({ choice, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.sending >= this.inFlight || this.waiting.length === 0) return;
    this.scheduled = setImmediate(() => {
      this.scheduled = undefined;
      void this.send();
    });
  }

  private async send(): Promise<void> {
    if (this.sending >= this.inFlight || this.waiting.length === 0) return;
    const rows = this.waiting.splice(0, this.maxRows);
    this.sending += 1;
    try {
      let stored: Set<string>;
      try {
        stored = await this.writer.insertMany(rows.map((w) => w.choice));
      } catch (err) {
        if (!this.writer.perRow(err)) {
          for (const w of rows) w.reject(err);
          return;
        }
        stored = new Set();
      }
      for (const w of rows) {
        // A key is claimed once: the same choice sent twice in one batch is stored for one of them.
        if (stored.delete(choiceKey(w.choice))) w.resolve('stored');
        else this.writer.one(w.choice).then(w.resolve, w.reject);
      }
    } finally {
      this.sending -= 1;
      this.schedule();
    }
  }
}
