import type { LiveSession, LiveTeam } from './live-session.ts';
import type { ManagerContext } from './manager-context.ts';

/**
 * Several processes (WORKSHOP_REDIS): which teams have a device connected to another process, as
 * each process last said. Whether a device is connected is not in the store, so a re-read cannot
 * heal a lost word about it: each process's summary repeats its whole word.
 */

/** A session and one of its teams whose host row must be sent again. */
export type Moved = { session: LiveSession; team: LiveTeam };

/** A process long silent (stopped): its word that teams are connected there no longer holds. */
export function forgetOrigin(ctx: ManagerContext, origin: string): Moved[] {
  return notePresence(ctx, origin, {});
}

/**
 * Another process's whole word on which teams are connected there (its summary), replacing what
 * its messages said: an 'offline' or 'online' message lost on the way is set right. The teams
 * whose mark changed, for their host rows.
 */
export function notePresence(
  ctx: ManagerContext,
  origin: string,
  online: Record<string, readonly string[]>,
): Moved[] {
  const moved: Moved[] = [];
  for (const session of ctx.byCode.values()) {
    const there = new Set(online[session.record.code] ?? []);
    for (const team of session.teams.values()) {
      const said = team.elsewhere?.has(origin) ?? false;
      if (said === there.has(team.id)) continue;
      if (said) team.elsewhere?.delete(origin);
      else (team.elsewhere ??= new Set()).add(origin);
      moved.push({ session, team });
    }
  }
  return moved;
}

/** The teams whose devices are connected to this process, by session code (for the summary). */
export function presentHere(ctx: ManagerContext): Record<string, string[]> {
  const online: Record<string, string[]> = {};
  for (const session of ctx.byCode.values()) {
    const ids = [...session.teams.values()].filter((t) => t.connections > 0).map((t) => t.id);
    if (ids.length > 0) online[session.record.code] = ids;
  }
  return online;
}
