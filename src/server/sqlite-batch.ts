import type Database from 'better-sqlite3';

interface Waiting<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

/**
 * Writes that arrive in one turn of the event loop, committed together in one SQLite transaction
 * at the end of the turn; each promise settles only after that commit, so nothing is acknowledged
 * before it is durable. A commit of its own per choice was most of what storing a choice cost.
 * A row that fails fails alone: each row of several is a savepoint (a row alone is the transaction), so all of its statements are undone. An
 * error that ends the whole transaction (a full disk, an I/O error) fails them all, as a commit
 * that fails does: none of them is stored. `flush` commits at once: every other write of the store calls it first, so writes reach
 * the database in the order they were made.
 */
export class SqliteBatch<I, R> {
  private waiting: Waiting<I, R>[] = [];
  private scheduled: ReturnType<typeof setImmediate> | undefined;
  private readonly commit: (rows: Waiting<I, R>[]) => { ok: R | undefined; err?: unknown }[];
  private readonly commitOne: (item: I) => R;

  constructor(db: Database.Database, write: (item: I) => R) {
    // A row alone needs no savepoint: its transaction is the row (two statements fewer per
    // choice, and at a few hundred choices a second most turns hold one).
    this.commitOne = db.transaction(write);
    // Inside the batch's transaction better-sqlite3 runs this as a savepoint.
    const writeRow = db.transaction(write);
    this.commit = db.transaction((rows: Waiting<I, R>[]) =>
      rows.map((w) => {
        try {
          return { ok: writeRow(w.item) };
        } catch (err) {
          // SQLite rolled the whole transaction back: the rows after this one would each commit
          // on their own, outside it, and be reported failed when they are stored.
          if (!db.inTransaction) throw err;
          return { ok: undefined, err: err ?? new Error('the write failed') };
        }
      }),
    );
  }

  add(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.scheduled ??= setImmediate(() => this.flush());
    });
  }

  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const rows = this.waiting;
    if (rows.length === 0) return;
    this.waiting = [];
    if (rows.length === 1) {
      const only = rows[0]!;
      let result: R;
      try {
        result = this.commitOne(only.item);
      } catch (err) {
        return only.reject(err);
      }
      return only.resolve(result);
    }
    let results: { ok: R | undefined; err?: unknown }[];
    try {
      results = this.commit(rows);
    } catch (err) {
      for (const w of rows) w.reject(err);
      return;
    }
    results.forEach((r, i) => {
      const w = rows[i]!;
      if (r.err !== undefined) w.reject(r.err);
      else w.resolve(r.ok as R);
    });
  }
}
