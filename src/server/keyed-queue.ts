/**
 * Runs tasks one after another per key (a team, a session) and side by side across keys: with an
 * asynchronous store, a team's second choice must not be checked before its first is stored and
 * applied. A task with nothing ahead of it starts at once, inside the call.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const ahead = this.tails.get(key);
    const result = ahead ? ahead.then(task) : task();
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with work queued or running (for tests and the benchmark). */
  get busy(): number {
    return this.tails.size;
  }
}
