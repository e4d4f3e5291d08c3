import type { Diagnostic } from '../core/diagnostic.ts';
import type { CompileWorker } from './compile-protocol.ts';
import type { StoryFile } from './story-files.ts';

/** The last whole-story check: what an edit is compared with and whose problems it keeps. */
export interface CheckedBase {
  files: StoryFile[];
  diagnostics: Diagnostic[];
}

/**
 * Checks the knot each edit touched, at once and one at a time in its own worker (the latest edit
 * next, older ones dropped), so problems follow typing while the whole story still compiles.
 */
export class KnotClient {
  private worker: CompileWorker | undefined;
  private busy = false;
  private waiting = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private id = 0;
  private sent: StoryFile[] | undefined;
  private latest: StoryFile[] | undefined;
  private base: CheckedBase | undefined;

  constructor(
    private readonly createWorker: () => CompileWorker,
    private readonly budgetMs: number,
    private readonly shown: (files: StoryFile[], diagnostics: Diagnostic[]) => void,
  ) {}

  /** A new edit of the text on screen. */
  request(files: StoryFile[]): void {
    this.latest = files;
    this.send();
  }

  /** The whole story was checked: later edits are compared with it; older knot checks are stale. */
  checked(base: CheckedBase): void {
    this.base = base;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.stop();
  }

  private send(): void {
    const { base, latest } = this;
    if (!base || !latest || latest === base.files) return;
    if (this.busy) {
      this.waiting = true;
      return;
    }
    this.waiting = false;
    this.busy = true;
    this.sent = latest;
    const worker = (this.worker ??= this.start());
    const { files, diagnostics } = base;
    worker.postMessage({ kind: 'syntax', id: ++this.id, files: latest, base: files, diagnostics });
    this.timer = setTimeout(() => this.done(true), this.budgetMs);
  }

  private start(): CompileWorker {
    const worker = this.createWorker();
    worker.onmessage = ({ data }) => {
      if (data.kind !== 'syntax' || data.id !== this.id) return;
      const files = this.sent;
      // Shown only while it is the text on screen and the whole story's check has not come back.
      if (data.diagnostics && files && files === this.latest && this.base?.files !== files)
        this.shown(files, data.diagnostics);
      this.done(false);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.done(true);
    };
    return worker;
  }

  /** `broken`: the worker failed or ran past its budget; a fresh one takes the next edit. */
  private done(broken: boolean): void {
    clearTimeout(this.timer);
    this.busy = false;
    if (broken) this.stop();
    if (this.waiting) this.send();
  }

  private stop(): void {
    if (!this.worker) return;
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
    this.worker = undefined;
  }
}
