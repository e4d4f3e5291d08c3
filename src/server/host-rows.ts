import type { TeamRow } from '../protocol/standings.ts';
import { teamRow, type LiveSession, type LiveTeam } from './live-session.ts';

/** A host's rows go at most this often (about a screen refresh); a row waits at most twice this. */
export const HOST_ROWS_EVERY_MS = 16;

/**
 * Leaderboard rows on their way to each session's host, sent together: at 200 choices a second a
 * row per choice was a socket message (and a redraw of the host's board) per choice. Rows go at
 * the end of the turn of the event loop a row is added in, once the last message is `everyMs`
 * old, so in a stream of choices they ride on the wake-up the next choice costs anyway. A timer
 * is set only for a row no later choice carries: it goes at most twice `everyMs` after the last
 * message (waking the process for a timer of its own cost about as much as a choice on a loaded
 * machine). Each row is read when it is sent, so it is the team's latest; a team removed
 * meanwhile is left out.
 */
export class HostRows {
  private readonly waiting = new Map<string, { session: LiveSession; teams: Set<LiveTeam> }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private immediate: ReturnType<typeof setImmediate> | undefined;
  private lastSent = -Infinity;
  private stopped = false;

  constructor(
    private readonly send: (code: string, rows: TeamRow[]) => void,
    private readonly everyMs = HOST_ROWS_EVERY_MS,
  ) {}

  add(session: LiveSession, team: LiveTeam): void {
    if (this.stopped) return;
    const code = session.record.code;
    const held = this.waiting.get(code) ?? { session, teams: new Set<LiveTeam>() };
    held.teams.add(team);
    this.waiting.set(code, held);
    if (this.immediate) return;
    const now = performance.now();
    if (now - this.lastSent >= this.everyMs) {
      this.immediate = setImmediate(() => this.flush());
      return;
    }
    this.timer ??= setTimeout(() => this.flush(), this.lastSent + 2 * this.everyMs - now);
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
    this.immediate = undefined;
  }

  /** Sends every row held back now (its turn or timer calls it; a caller may too, to send at once). */
  flush(): void {
    this.unschedule();
    this.lastSent = performance.now();
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const { session, teams } of waiting) {
      const rows = [...teams].filter((t) => session.teams.get(t.id) === t).map(teamRow);
      if (rows.length > 0) this.send(session.record.code, rows);
    }
  }
}
