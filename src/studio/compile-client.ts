import type { Diagnostic } from '../core/diagnostic.ts';
import type { CompileResponse, CompileWorker } from './compile-protocol.ts';
import type { FullCheck, QuickCheck } from './compile-text.ts';
import { KnotClient } from './knot-client.ts';
import type { StoryFile } from './story-files.ts';

export interface CompileClientEvents {
  /** A quick check started: the text on screen is being compiled. */
  onBusy(): void;
  onChecked(files: StoryFile[], check: QuickCheck): void;
  /** The knot an edit touched was compiled on its own: its problems, before the whole story's. */
  onSyntax?(files: StoryFile[], diagnostics: Diagnostic[]): void;
  /** The full exploration of these files started in the background. */
  onExploring(files: StoryFile[]): void;
  onExplored(files: StoryFile[], check: FullCheck): void;
  /** A worker ran past its budget and was stopped: no endless "Checking…". */
  onStopped(stage: 'check' | 'explore', seconds: number): void;
  /** The exploration waits for `exploreNow()`: it did not finish the last time this text was open. */
  onHeld(): void;
  onFailure(message: string): void;
}

export interface CompileBudgets {
  /** How long typing must pause before a check. */
  pauseMs: number;
  /** Longest a quick check may take before its worker is replaced. */
  checkMs: number;
  /** Longest the full exploration may take before its worker is stopped. */
  exploreMs: number;
}

export const STUDIO_BUDGETS: CompileBudgets = { pauseMs: 150, checkMs: 10_000, exploreMs: 20_000 };

const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * Checks the editor's files on every pause in typing: one quick compile at a time in a warm
 * worker, and only the latest waiting text next. Then the full exploration runs in a second
 * worker, stopped by the next edit or when it runs past its budget.
 */
export class CompileClient {
  private checker: CompileWorker;
  private explorer: CompileWorker | undefined;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private exploreTimer: ReturnType<typeof setTimeout> | undefined;
  private checking = false;
  /** The pause came while a check ran: send the pending text when it returns. */
  private queued = false;
  private pending: StoryFile[] | undefined;
  private lastId = 0;
  private held = false;
  private lastChecked: { id: number; files: StoryFile[]; json?: string } | undefined;
  private readonly knots: KnotClient | undefined;

  /** `createKnotWorker`: where each edit's knot is checked at once, while the whole story waits. */
  constructor(
    private readonly createWorker: () => CompileWorker,
    private readonly events: CompileClientEvents,
    private readonly budgets: CompileBudgets = STUDIO_BUDGETS,
    createKnotWorker?: () => CompileWorker,
  ) {
    this.checker = this.startChecker();
    if (createKnotWorker)
      this.knots = new KnotClient(createKnotWorker, budgets.checkMs, (files, diagnostics) =>
        events.onSyntax?.(files, diagnostics),
      );
  }

  /** Check after the trainer stops typing for a moment; the running exploration is outdated now. */
  request(files: StoryFile[]): void {
    this.knots?.request(files);
    this.held = false;
    this.stopExplorer();
    this.pending = files;
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => this.flush(), this.budgets.pauseMs);
  }

  /** Check as soon as possible: for newly opened or restored files. */
  requestNow(files: StoryFile[]): void {
    this.stopExplorer();
    this.pending = files;
    clearTimeout(this.pauseTimer);
    this.flush();
  }

  /** Check these files, but explore them only when asked (see `exploreNow`). */
  requestHeld(files: StoryFile[]): void {
    this.requestNow(files);
    this.held = true;
  }

  /** Explore the files checked last, even when held. */
  exploreNow(): void {
    this.held = false;
    const last = this.lastChecked;
    if (last?.json !== undefined && !this.checking)
      this.startExplorer(last.id, last.files, last.json);
  }

  dispose(): void {
    this.knots?.dispose();
    clearTimeout(this.pauseTimer);
    clearTimeout(this.checkTimer);
    this.stopExplorer();
    this.stopWorker(this.checker);
  }

  private startChecker(): CompileWorker {
    const worker = this.createWorker();
    worker.onmessage = (event) => this.received(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      clearTimeout(this.checkTimer);
      this.checking = false;
      this.queued = false;
      this.events.onFailure(event.message || 'the compiler could not start');
    };
    return worker;
  }

  private stopWorker(worker: CompileWorker): void {
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
  }

  private stopExplorer(): void {
    clearTimeout(this.exploreTimer);
    if (!this.explorer) return;
    this.stopWorker(this.explorer);
    this.explorer = undefined;
  }

  private flush(): void {
    if (this.pending === undefined) return;
    if (this.checking) {
      this.queued = true;
      return;
    }
    const files = this.pending;
    this.pending = undefined;
    this.checking = true;
    this.events.onBusy();
    this.checker.postMessage({ kind: 'check', id: ++this.lastId, files });
    this.checkTimer = setTimeout(() => {
      // A compile that never returns: start a fresh worker so the next pause is checked again.
      this.stopWorker(this.checker);
      this.checker = this.startChecker();
      this.checking = false;
      this.events.onStopped('check', seconds(this.budgets.checkMs));
      if (this.queued) {
        this.queued = false;
        this.flush();
      }
    }, this.budgets.checkMs);
  }

  private startExplorer(id: number, files: StoryFile[], json: string): void {
    this.stopExplorer();
    const worker = this.createWorker();
    this.explorer = worker;
    worker.onmessage = (event) => this.received(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.stopExplorer();
      this.events.onExplored(files, {
        diagnostics: [],
        report: `The full check could not run: ${event.message || 'its worker failed'}`,
      });
    };
    this.events.onExploring(files);
    worker.postMessage({ kind: 'explore', id, json, files });
    this.exploreTimer = setTimeout(() => {
      this.stopExplorer();
      this.events.onStopped('explore', seconds(this.budgets.exploreMs));
    }, this.budgets.exploreMs);
  }

  private received(response: CompileResponse): void {
    if (response.kind === 'syntax' || response.id !== this.lastId) return;
    if (response.kind === 'explored') {
      const files = this.lastChecked?.files ?? [];
      this.stopExplorer();
      this.events.onExplored(files, response.check);
      return;
    }
    clearTimeout(this.checkTimer);
    this.checking = false;
    const { files, check } = response;
    this.lastChecked = { id: response.id, files, ...(check.json ? { json: check.json } : {}) };
    this.knots?.checked({ files, diagnostics: check.diagnostics });
    this.events.onChecked(files, check);
    if (this.queued) {
      this.queued = false;
      this.flush();
    } else if (check.json !== undefined) {
      if (this.held) this.events.onHeld();
      else this.startExplorer(response.id, files, check.json);
    }
  }
}
