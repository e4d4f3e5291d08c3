import { DEFAULT_RULE, type CompletionRule } from './completion-rule.ts';
import type { Edition } from './edition.ts';
import type { ScormPort } from './scorm-api.ts';
import { fitSuspend } from './suspend-budget.ts';
import { decodeSuspend } from './suspend-codec.ts';
import { emptySuspendState, type SuspendState } from './suspend-state.ts';

export interface SessionOptions {
  /** The package's pass mark in percent; the LMS's own mastery score wins when it sets one. */
  passMark: number;
  rule?: CompletionRule;
  now?: () => number;
}

/** The pages events that end or pause a session; `window` in the browser, a fake in tests. */
export interface PageEvents {
  addEventListener(type: string, listener: () => void): void;
}

/**
 * One SCORM session from Initialize to Terminate: the learner's suspended state, the session clock
 * and the commit that saves them. The record and the store share it, so the suspend data always
 * holds both the paths and the scores.
 */
export class ScormSession {
  readonly state: SuspendState;
  readonly entry: string;
  readonly passMark: number;
  readonly rule: CompletionRule;
  readonly learnerId: string;
  /** In review mode the LMS shows a finished attempt: nothing the learner does is recorded. */
  readonly review: boolean;
  private current: string | undefined;
  private told = '';
  private ended = false;
  private readonly ending: (() => void)[] = [];
  private readonly now: () => number;
  private readonly started: number;

  private constructor(
    readonly port: ScormPort,
    readonly edition: Edition,
    options: SessionOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.entry = port.get(edition.el.entry);
    // 'ab-initio' is a new attempt: whatever an LMS left in suspend data belongs to an older one.
    const suspended = this.entry === 'ab-initio' ? '' : port.get(edition.el.suspend);
    this.state = suspended ? decodeSuspend(suspended) : emptySuspendState();
    const lms = edition.lmsPassMark(port);
    this.passMark = lms !== undefined && lms >= 0 && lms <= 100 ? lms : options.passMark;
    this.rule = options.rule ?? DEFAULT_RULE;
    this.learnerId = port.get(edition.el.learnerId);
    this.review = port.get(edition.el.mode) === 'review';
  }

  /** Initialises the LMS session; undefined when the LMS refuses, so play goes on unrecorded. */
  static open(
    port: ScormPort,
    edition: Edition,
    options: SessionOptions,
  ): ScormSession | undefined {
    return port.initialize() ? new ScormSession(port, edition, options) : undefined;
  }

  get active(): boolean {
    return !this.ended;
  }

  /** The story being played: its path is the one suspend data must never drop. */
  setCurrent(storyId: string): void {
    this.current = storyId;
    if (this.active) this.port.set(this.edition.el.location, storyId);
  }

  writeSuspend(): void {
    if (!this.active) return;
    const { text, dropped } = fitSuspend(this.state, this.edition.suspendLimit, this.current);
    const said = dropped.join(', ');
    if (said && said !== this.told)
      console.warn(
        `Serving Moments: the LMS keeps at most ${this.edition.suspendLimit} characters of progress, so these are not saved for the next session: ${said}`,
      );
    this.told = said;
    this.port.set(this.edition.el.suspend, text);
  }

  /** Saves everything: the LMS keeps it even if the window is closed without a goodbye. */
  commit(): void {
    if (!this.active) return;
    this.port.set(this.edition.el.sessionTime, this.edition.sessionTime(this.now() - this.started));
    // 'suspend' on every exit: the learner comes back to their paths and their best scores.
    this.port.set(this.edition.el.exit, 'suspend');
    this.writeSuspend();
    this.port.commit();
  }

  /** Runs `write` just before the session ends: reports still waiting go in while they can. */
  beforeEnd(write: () => void): void {
    this.ending.push(write);
  }

  terminate(): void {
    if (!this.active) return;
    for (const write of this.ending) write();
    this.commit();
    this.ended = true;
    this.port.terminate();
  }

  /** Terminates when the page goes away; commits when it is hidden (a phone may never come back). */
  listen(win: PageEvents, doc?: PageEvents & { readonly visibilityState: string }): void {
    win.addEventListener('pagehide', () => this.terminate());
    doc?.addEventListener('visibilitychange', () => {
      if (doc.visibilityState === 'hidden') this.commit();
    });
  }
}
