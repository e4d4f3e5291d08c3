import type { KeyValueStore } from '../adapters/storage.ts';
import { DEFAULT_RULE, type CompletionRule } from './completion-rule.ts';
import type { Edition } from './edition.ts';
import { quietly, type Notify } from './notices.ts';
import type { ScormPort } from './scorm-api.ts';
import { fitSuspend } from './suspend-budget.ts';
import { decodeSuspend, encodeSuspend, readsSuspend } from './suspend-codec.ts';
import { emptySuspendState, touch, type SuspendState } from './suspend-state.ts';

export interface SessionOptions {
  /** The package's pass mark in percent; the LMS's own mastery score wins when it sets one. */
  passMark: number;
  rule?: CompletionRule;
  now?: () => number;
  /** What the learner is told when tracking is off, failing or read-only. */
  notify?: Notify;
  /** This device's store: progress the LMS did not accept waits here for the next launch. */
  device?: KeyValueStore;
  /** Waits before each new try of a failed commit; their count bounds the retries. */
  retryMs?: readonly number[];
}

/** The pages events that end or pause a session; `window` in the browser, a fake in tests. */
export interface PageEvents {
  addEventListener(type: string, listener: () => void): void;
}

/** Tries of Initialize before tracking is given up for this session. */
const INITIALIZE_TRIES = 3;
const COMMIT_RETRY_MS = [1000, 3000, 9000];
// SCORM 2004's "already initialized": the LMS's session is open, which is all Initialize is for.
const ALREADY_INITIALIZED = '103';

/**
 * One SCORM session from Initialize to Terminate: the learner's suspended state, the session clock
 * and the commit that saves them. The record and the store share it, so the suspend data always
 * holds both the paths and the scores. In review mode it writes nothing at all.
 */
export class ScormSession {
  readonly state: SuspendState;
  readonly entry: string;
  readonly passMark: number;
  readonly rule: CompletionRule;
  readonly learnerId: string;
  /**
   * Nothing the learner does is recorded: in review mode the LMS shows a finished attempt, and in
   * browse mode it lets the learner look round without the intent of recording (cmi.mode and
   * cmi.core.lesson_mode 'browse'), so neither is written over or judged.
   */
  readonly review: boolean;
  private current: string | undefined;
  private told = '';
  private ended = false;
  private failing = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private readonly ending: (() => void)[] = [];
  private readonly now: () => number;
  private readonly started: number;
  private readonly notify: Notify;
  /**
   * Suspend data another version wrote, until the learner chooses to start over: while it is set,
   * nothing is written over it (the learner plays without saving progress this session).
   */
  private unread: string | undefined;

  private constructor(
    readonly port: ScormPort,
    readonly edition: Edition,
    private readonly options: SessionOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.notify = options.notify ?? quietly;
    this.started = this.now();
    this.entry = port.get(edition.el.entry);
    this.learnerId = port.get(edition.el.learnerId);
    const mode = port.get(edition.el.mode);
    this.review = mode === 'review' || mode === 'browse';
    // 'ab-initio' is a new attempt: whatever an LMS left in suspend data belongs to an older one.
    const fresh = this.entry === 'ab-initio';
    const suspended = fresh ? '' : port.get(edition.el.suspend);
    this.state = this.read(suspended);
    if (!fresh) this.takeBackup();
    const lms = edition.lmsPassMark(port);
    this.passMark = lms !== undefined && lms >= 0 && lms <= 100 ? lms : options.passMark;
    this.rule = options.rule ?? DEFAULT_RULE;
    if (mode === 'review') this.notify({ kind: 'review' });
    else if (mode === 'browse') this.notify({ kind: 'browse' });
    // No credit: the LMS keeps the attempt but it does not count. Recorded as usual (the LMS
    // decides what counts), and the learner is told before spending time on it.
    else if (port.get(edition.el.credit) === 'no-credit') this.notify({ kind: 'no-credit' });
  }

  /**
   * Initialises the LMS session, trying again a bounded number of times; undefined when the LMS
   * keeps refusing, and the learner is told that play goes on unrecorded.
   */
  static open(
    port: ScormPort,
    edition: Edition,
    options: SessionOptions,
  ): ScormSession | undefined {
    let problem = '';
    for (let tries = 0; tries < INITIALIZE_TRIES; tries++) {
      if (port.initialize()) return new ScormSession(port, edition, options);
      problem = port.lastProblem();
      if (problem.split(':', 1)[0] === ALREADY_INITIALIZED && port.edition === '2004')
        return new ScormSession(port, edition, options);
    }
    (options.notify ?? quietly)({ kind: 'initialize-failed', problem });
    return undefined;
  }

  get active(): boolean {
    return !this.ended;
  }

  /** The story being played: its path is the one suspend data must never drop. */
  setCurrent(storyId: string): void {
    this.current = storyId;
    if (this.active && !this.review) this.port.set(this.edition.el.location, storyId);
  }

  writeSuspend(): void {
    if (!this.active || this.review || this.unread !== undefined) return;
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
    if (!this.active || this.review) return;
    this.port.set(this.edition.el.sessionTime, this.edition.sessionTime(this.now() - this.started));
    // 'suspend' on every exit: the learner comes back to their paths and their best scores.
    this.port.set(this.edition.el.exit, 'suspend');
    this.writeSuspend();
    this.save(0);
  }

  /** Runs `write` just before the session ends: reports still waiting go in while they can. */
  beforeEnd(write: () => void): void {
    this.ending.push(write);
  }

  terminate(): void {
    if (!this.active) return;
    for (const write of this.ending) write();
    this.commit();
    clearTimeout(this.retry);
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

  /**
   * Commits; a refused commit keeps the progress on the device and tries again a few times, then
   * tells the learner. Never an endless retry: the next decision or ending commits again anyway.
   */
  private save(attempt: number): void {
    clearTimeout(this.retry);
    this.retry = undefined;
    if (this.port.commit()) {
      this.options.device?.remove(this.backupKey);
      if (this.failing) this.notify({ kind: 'saved-again' });
      this.failing = false;
      return;
    }
    this.options.device?.set(this.backupKey, encodeSuspend(this.state));
    const waits = this.options.retryMs ?? COMMIT_RETRY_MS;
    const wait = waits[attempt];
    if (wait !== undefined) {
      this.retry = setTimeout(() => this.active && this.save(attempt + 1), wait);
      return;
    }
    if (!this.failing) this.notify({ kind: 'commit-failed', problem: this.port.lastProblem() });
    this.failing = true;
  }

  private get backupKey(): string {
    return `serving-moments:lms-unsaved:${this.edition.id}:${encodeURIComponent(this.learnerId)}`;
  }

  /**
   * Reads suspend data; another version's is kept untouched and the learner starts afresh, asked
   * whether to keep it (play without saving over it) or start over (only then is it replaced).
   */
  private read(suspended: string): SuspendState {
    if (!suspended) return emptySuspendState();
    if (readsSuspend(suspended)) return decodeSuspend(suspended);
    const key = `serving-moments:lms-kept:${this.edition.id}:${encodeURIComponent(this.learnerId)}`;
    try {
      this.options.device?.set(key, suspended);
    } catch {
      // the LMS still holds it, and we write it back with ours
    }
    console.warn(
      'Serving Moments: the suspend data was written by another version of this course; it is kept, and the learner starts afresh',
    );
    this.unread = suspended;
    // Reviewing or browsing writes nothing anyway: there is nothing to ask.
    if (this.review) return emptySuspendState();
    this.notify({
      kind: 'suspend-unreadable',
      answer: (choice) => {
        if (choice !== 'start-over' || this.unread === undefined) return;
        this.unread = undefined;
        this.commit();
      },
    });
    return emptySuspendState();
  }

  /** Progress a failed commit left on this device is newer than the LMS's: it wins, story by story. */
  private takeBackup(): void {
    const raw = this.options.device?.get(this.backupKey);
    if (!raw || !readsSuspend(raw)) return;
    const unsaved = decodeSuspend(raw);
    for (const [id, play] of unsaved.plays) touch(this.state.plays, id, play);
    for (const [id, best] of unsaved.bests) touch(this.state.bests, id, best);
  }
}
