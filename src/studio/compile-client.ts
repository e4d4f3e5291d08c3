import type { CompileResponse, CompileWorker } from './compile-protocol.ts';
import type { StudioCheck } from './compile-text.ts';

export interface CompileClientEvents {
  /** A check started: the text on screen is being checked. */
  onBusy(): void;
  onChecked(text: string, check: StudioCheck): void;
  /** The report of the text last checked. */
  onReport(report: string): void;
  onFailure(message: string): void;
}

/**
 * Sends the editor's text to be checked once typing pauses: one check at a time, and only the
 * latest waiting text next. The check worker stays warm, so checks stay fast. The report takes
 * seconds on a real story, so it runs in a second worker that is stopped as soon as newer text
 * makes its report outdated.
 */
export class CompileClient {
  private readonly checker: CompileWorker;
  private reporter: CompileWorker | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checking = false;
  /** The pause came while a check ran: send the pending text when it returns. */
  private queued = false;
  private pending: string | undefined;
  private lastId = 0;

  constructor(
    private readonly createWorker: () => CompileWorker,
    private readonly events: CompileClientEvents,
    private readonly delayMs = 300,
  ) {
    this.checker = this.start();
    this.checker.onerror = (event) => {
      event.preventDefault();
      this.checking = false;
      this.queued = false;
      this.events.onFailure(event.message || 'the compiler could not start');
    };
  }

  /** Check after the trainer stops typing for a moment. */
  request(text: string): void {
    this.pending = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Check as soon as possible: for a newly opened or restored text. */
  requestNow(text: string): void {
    this.pending = text;
    clearTimeout(this.timer);
    this.flush();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.stopReport();
    this.checker.onmessage = null;
    this.checker.onerror = null;
    this.checker.terminate();
  }

  private start(): CompileWorker {
    const worker = this.createWorker();
    worker.onmessage = (event) => this.received(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.stopReport();
      this.events.onReport(
        `The report could not be built: ${event.message || 'its worker failed'}`,
      );
    };
    return worker;
  }

  private stopReport(): void {
    if (!this.reporter) return;
    this.reporter.onmessage = null;
    this.reporter.onerror = null;
    this.reporter.terminate();
    this.reporter = undefined;
  }

  private flush(): void {
    if (this.pending === undefined) return;
    if (this.checking) {
      this.queued = true;
      return;
    }
    this.stopReport(); // its text is outdated, and the check needs the processor
    const text = this.pending;
    this.pending = undefined;
    this.checking = true;
    this.events.onBusy();
    this.checker.postMessage({ kind: 'check', id: ++this.lastId, text });
  }

  private received(response: CompileResponse): void {
    if (response.id !== this.lastId) return;
    if (response.kind === 'report') {
      this.stopReport();
      this.events.onReport(response.report);
      return;
    }
    this.checking = false;
    this.events.onChecked(response.text, response.check);
    if (this.queued) {
      this.queued = false;
      this.flush();
    } else if (response.check.json) {
      this.reporter = this.start();
      const { json, title } = response.check;
      this.reporter.postMessage({
        kind: 'report',
        id: this.lastId,
        json,
        ...(title ? { title } : {}),
      });
    }
  }
}
