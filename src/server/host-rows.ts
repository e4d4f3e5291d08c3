import type { TeamRow } from '../protocol/standings.ts';
import { teamRow, type LiveSession, type LiveTeam } from './live-session.ts';

/** A host's rows go at most this often (about a screen refresh); a row waits at most twice this. */
export const HOST_ROWS_EVERY_MS = 16;

/**
 * Leaderboard rows on their way to each session's host, sent together: at 200 choices a second a
 * row per choice was a socket message (and a redraw of the host's board) per choice. A session's
 * rows go at the end of the turn of the event loop a row is added in, once that session's last
 * message is `everyMs` old, so in a stream of choices they ride on the wake-up the next choice
 * costs anyway. A timer is set only for a row no later choice carries: it goes at most twice
 * `everyMs` after its session's last message (waking the process for a timer of its own cost
 * about as much as a choice on a loaded machine). Each session is paced on its own: with many
 * sessions, one clock for all made nearly every row wait for the timer although its own host had
 * heard nothing for a while. Each row is read when it is sent, so it is the team's latest; a team
 * removed meanwhile is left out.
 */
export class HostRows {
  private readonly waiting = new Map<string, { session: LiveSession; teams: Set<LiveTeam> }>();
  /** When each session's rows last went (`flush()` counts for every session). */
  private readonly lastSent = new Map<string, number>();
  private allSent = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;
  private immediate: ReturnType<typeof setImmediate> | undefined;
  private stopped = false;

  constructor(
    private readonly send: (code: string, rows: TeamRow[]) => void,
    private readonly everyMs = HOST_ROWS_EVERY_MS,
  ) {}

  private sentAt(code: string): number {
    return Math.max(this.allSent, this.lastSent.get(code) ?? -Infinity);
  }

  add(session: LiveSession, team: LiveTeam): void {
    if (this.stopped) return;
    const code = session.record.code;
    const held = this.waiting.get(code) ?? { session, teams: new Set<LiveTeam>() };
    held.teams.add(team);
    this.waiting.set(code, held);
    if (this.immediate) return;
    const now = performance.now();
    if (now - this.sentAt(code) >= this.everyMs) {
      this.immediate = setImmediate(() => this.sendDue());
      return;
    }
    this.wakeAt(this.sentAt(code) + 2 * this.everyMs, now);
  }

  /** The timer goes off by `at` (the earliest any waiting session's row is due). */
  private wakeAt(at: number, now: number): void {
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => this.sendDue(), Math.max(0, at - now));
  }

  /** The server is closing: rows held back, or added from now on, are not sent. */
  stop(): void {
    this.stopped = true;
    this.unschedule();
    this.waiting.clear();
  }

  private unschedule(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = undefined;
    this.timerAt = Infinity;
    this.immediate = undefined;
  }

  /** Sends every row held back now (a caller may, to send at once). */
  flush(): void {
    this.allSent = performance.now();
    this.lastSent.clear();
    this.sendDue(true);
  }

  /** The rows of every session whose last message is `everyMs` old (or all); a timer for the rest. */
  private sendDue(all = false): void {
    this.unschedule();
    const now = performance.now();
    let next = Infinity;
    for (const [code, { session, teams }] of this.waiting) {
      const at = this.sentAt(code);
      if (!all && now - at < this.everyMs) {
        next = Math.min(next, at + 2 * this.everyMs);
        continue;
      }
      this.waiting.delete(code);
      if (!all) this.lastSent.set(code, now);
      const rows = [...teams].filter((t) => session.teams.get(t.id) === t).map(teamRow);
      if (rows.length > 0) this.send(code, rows);
    }
    // Sessions quiet for a while need no pacing: forget them, so the map holds the busy ones.
    for (const [code, at] of this.lastSent)
      if (now - at > 2 * this.everyMs && !this.waiting.has(code)) this.lastSent.delete(code);
    if (next < Infinity) this.wakeAt(next, now);
  }
}
