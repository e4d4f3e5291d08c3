import type { TeamRow } from '../protocol/standings.ts';
import { teamRow, type LiveSession, type LiveTeam } from './live-session.ts';

/** Rows held back at most this long (about a screen refresh), so a host hears of a choice within it. */
export const HOST_ROWS_EVERY_MS = 16;

/**
 * Leaderboard rows on their way to each session's host, sent together: at 200 choices a second a
 * row per choice was a socket message (and a redraw of the host's board) per choice. A row waits
 * for the next turn of the event loop, and while rows keep coming at most `everyMs` from the last
 * message, so a host hears of a choice within that. Each row is read when it is sent, so it is
 * the team's latest; a team removed meanwhile is left out.
 */
export class HostRows {
  private readonly waiting = new Map<string, { session: LiveSession; teams: Set<LiveTeam> }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
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
    if (this.timer) return;
    const wait = Math.max(0, this.lastSent + this.everyMs - performance.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  /** The server is closing: rows held back, or added from now on, are not sent. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting.clear();
  }

  /** Sends every row held back now (the timer calls it; a caller may too, to send at once). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.lastSent = performance.now();
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const { session, teams } of waiting) {
      const rows = [...teams].filter((t) => session.teams.get(t.id) === t).map(teamRow);
      if (rows.length > 0) this.send(session.record.code, rows);
    }
  }
}
