import type { LiveSession } from './live-session.ts';
import { applyChoices } from './team-choices.ts';
import type { ManagerContext } from './manager-context.ts';
import { restoreSessions } from './restore-sessions.ts';

/**
 * Several processes share one store (WORKSHOP_REDIS): what this process learns from the store
 * about sessions the others opened or changed.
 */

/**
 * A session this process does not hold, if the store has it (opened by another process, or
 * before this one started); whether it is held now.
 */
export async function loadShared(ctx: ManagerContext, code: string): Promise<boolean> {
  if (ctx.byCode.has(code)) return true;
  if (!ctx.shared) return false;
  const state = await ctx.store.loadSession(code);
  if (!ctx.byCode.has(code)) {
    for (const s of restoreSessions(state, ctx.warn, ctx.aliveAt)) ctx.byCode.set(s.record.code, s);
  }
  return ctx.byCode.has(code);
}

/**
 * Reads a session another process changed again from the store: its phase, flags and bans, new
 * and removed teams, and every team's choices beyond what this process has played.
 */
export function refreshShared(ctx: ManagerContext, code: string): Promise<void> {
  const held = ctx.byCode.get(code);
  if (!held) return Promise.resolve();
  return ctx.queue.run(`session:${held.record.id}`, () => reloadHeld(ctx, held));
}

/** `refreshShared` for a caller that already holds the session's turn in the queue. */
export async function reloadHeld(ctx: ManagerContext, held: LiveSession): Promise<void> {
  const { code } = held.record;
  const state = await ctx.store.loadSession(code);
  const record = state.sessions[0];
  if (!record) {
    ctx.byCode.delete(code); // archived meanwhile
    return;
  }
  Object.assign(held.record, record);
  held.bans = new Set(state.bans.map((b) => b.key));
  const fresh = new Set(state.teams.map((t) => t.id));
  for (const id of held.teams.keys()) if (!fresh.has(id)) held.teams.delete(id);
  const unknown = state.teams.filter((t) => !held.teams.has(t.id));
  if (unknown.length > 0) {
    const ids = new Set(unknown.map((t) => t.id));
    const only = {
      ...state,
      teams: unknown,
      choices: state.choices.filter((c) => ids.has(c.teamId)),
    };
    for (const s of restoreSessions(only, ctx.warn, ctx.aliveAt)) {
      for (const t of s.teams.values()) held.teams.set(t.id, t);
    }
  }
  const paths = new Map<string, number[]>();
  for (const c of state.choices) {
    const path = paths.get(c.teamId) ?? [];
    if (c.step === path.length) path.push(c.index);
    paths.set(c.teamId, path);
  }
  for (const team of held.teams.values()) {
    const path = paths.get(team.id) ?? [];
    if (path.length > team.path.length) applyChoices(held, team, path.slice(team.path.length));
  }
}
