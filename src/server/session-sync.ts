import type { LiveSession, LiveTeam } from './live-session.ts';
import { applyChoices, catchUp, isBehind } from './team-choices.ts';
import type { ManagerContext, SessionChange } from './manager-context.ts';
import { restoreSessions } from './restore-sessions.ts';
import { luckRead } from '../core/luck.ts';
import { readSessionLuck, readStoredLuck } from './session-luck.ts';
import { replayTeamPath } from './team-standing.ts';
import { Encounter } from '../core/encounter.ts';

/**
 * Several processes share one store (WORKSHOP_REDIS): what this process learns from the store
 * about sessions the others opened or changed.
 */

/**
 * Teams removed from each session held: a read of the store that began before the removal, or a
 * join heard of late (held only once the session's seed is read again), must not bring one back.
 * A removed team is gone for good (its row deleted, its name and device banned).
 */
const removedTeams = new WeakMap<LiveSession, Set<string>>();
const wasRemoved = (session: LiveSession, teamId: string) =>
  removedTeams.get(session)?.has(teamId) ?? false;

/** A team removed from the session, here or on another process: not held, and never again. */
export function forgetTeam(session: LiveSession, teamId: string): void {
  session.teams.delete(teamId);
  const removed = removedTeams.get(session) ?? new Set<string>();
  removed.add(teamId);
  removedTeams.set(session, removed);
}

/**
 * A team another process removed: forgotten here at once, with its bans, so no row of it goes to
 * this process's host pages after theirs were told (and no re-read of the session is needed).
 */
export function noteRemoteRemoval(
  ctx: ManagerContext,
  change: Extract<SessionChange, { kind: 'removed' }>,
): void {
  const session = ctx.byCode.get(change.code);
  if (!session) return;
  for (const key of change.bans) session.bans.add(key);
  forgetTeam(session, change.teamId);
}

/**
 * A session this process does not hold, if the store has it (opened by another process, or
 * before this one started); whether it is held now.
 */
export async function loadShared(ctx: ManagerContext, code: string): Promise<boolean> {
  if (ctx.byCode.has(code)) return true;
  if (!ctx.shared) return false;
  const state = await ctx.store.loadSession(code);
  // Replaying its teams reads the session's luck: a seed this process has not met is read first,
  // a slice at a time, not in one go while every other session waits.
  await readStoredLuck(state);
  if (!ctx.byCode.has(code)) {
    for (const s of restoreSessions(state, ctx.warn, ctx.aliveAt)) ctx.byCode.set(s.record.code, s);
  }
  return ctx.byCode.has(code);
}

/**
 * Reads a session another process changed again from the store: its phase, flags and bans, new
 * and removed teams, and how far each team is. With `play` (a host page coming back, results
 * revealed) every team's choices beyond what this process has played are played here too;
 * otherwise they are only noted, and played when this process must serve the team.
 */
export function refreshShared(ctx: ManagerContext, code: string, play = false): Promise<void> {
  const held = ctx.byCode.get(code);
  if (!held) return Promise.resolve();
  // A re-read still waiting its turn will read this change too: a burst of joins on another
  // process costs one read here, not one each (they queued up and held the store's connections).
  const key = `${play ? 'play' : 'read'}:${code}`;
  const waiting = ctx.rereads.get(key);
  if (waiting) return waiting;
  let started = false;
  let queued: Promise<void> | undefined;
  const read = ctx.queue.run(`session:${held.record.id}`, () => {
    started = true;
    if (queued && ctx.rereads.get(key) === queued) ctx.rereads.delete(key);
    return reloadHeld(ctx, held, play);
  });
  if (!started) {
    queued = read;
    ctx.rereads.set(key, read);
  }
  return read;
}

/** `refreshShared` for a caller that already holds the session's turn in the queue. */
export async function reloadHeld(
  ctx: ManagerContext,
  held: LiveSession,
  play = false,
): Promise<void> {
  const { code } = held.record;
  // A team another process admitted while this read was on its way (noteRemoteJoin) is kept.
  const before = new Set(held.teams.keys());
  const state = await ctx.store.loadSession(code);
  const record = state.sessions[0];
  if (!record) {
    ctx.byCode.delete(code); // archived meanwhile
    return;
  }
  Object.assign(held.record, record);
  // Playing its teams scores them on the session's seed: read again in slices if the cache let it go.
  if (!luckRead(held.story, held.record.seed)) await readSessionLuck(held.story, held.record.seed);
  // Bans are never lifted: one heard of since this read began is kept.
  for (const b of state.bans) held.bans.add(b.key);
  const fresh = new Set(state.teams.map((t) => t.id));
  for (const id of before) if (!fresh.has(id)) held.teams.delete(id);
  const unknown = state.teams.filter((t) => !held.teams.has(t.id) && !wasRemoved(held, t.id));
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
  // The walk-through and the export read every team's decisions, not only its row.
  const playAll = play || held.record.revealed;
  for (const team of held.teams.values()) {
    const path = paths.get(team.id) ?? [];
    if (path.length <= team.path.length) continue;
    team.stored = Math.max(team.stored ?? 0, path.length);
    // A standing behind the store is one whose change message never came (Redis pub/sub drops
    // what a reconnecting or slow subscriber misses): played here, so the host's row is right.
    if (playAll || team.standing.made < path.length) {
      applyChoices(held, team, path.slice(team.path.length));
      if (team.stored <= team.path.length) delete team.stored;
    }
  }
}

/**
 * A choice another process accepted: noted, and its standing kept for this process's host
 * rows and snapshots, but not played (or a team's devices coming or going there); the team, if
 * this process holds it. Playing every choice in every process made each process do the
 * work of all of them; a team is played up to date only when this process must serve it.
 */
export function noteRemoteChoice(
  ctx: ManagerContext,
  change: Extract<SessionChange, { kind: 'choice' | 'presence' }>,
  origin: string,
): LiveTeam | undefined {
  const team = ctx.byCode.get(change.code)?.teams.get(change.teamId);
  if (!team) return undefined;
  if (change.online) (team.elsewhere ??= new Set()).add(origin);
  else team.elsewhere?.delete(origin);
  if (change.kind === 'presence' || change.step < team.path.length) return team;
  team.stored = Math.max(team.stored ?? 0, change.step + 1);
  if (change.standing.made > team.standing.made) team.standing = change.standing;
  return team;
}

/**
 * A team another process admitted: held here at once, as the store has it, without reading the
 * session again (a read per join on every other process made a burst of joins wait behind the
 * reads). Its row is the one the joining process scored (on the session's seed, which it read),
 * so it is held, and its 'online' that follows finds it, even while this process's luck cache
 * has let that seed go: waiting to read the seed again first showed the join seconds late here.
 * A message without the row (an older process) waits for the seed, as before.
 */
export function noteRemoteJoin(
  ctx: ManagerContext,
  change: Extract<SessionChange, { kind: 'joined' }>,
): Promise<void> {
  const session = ctx.byCode.get(change.code);
  if (!session || session.teams.has(change.team.id)) return Promise.resolve();
  const hold = () => {
    const { id } = change.team;
    if (ctx.byCode.get(change.code) !== session || session.teams.has(id) || wasRemoved(session, id))
      return;
    // Playing no choice reads no luck; only scoring does, and the row came with the message.
    const { encounter } = Encounter.replay(session.story.json, [], {
      seed: session.record.seed,
      memo: session.memo,
    });
    const standing = change.standing ?? replayTeamPath(session, [], ctx.aliveAt).standing;
    const { name, tokenHash, joinedAt, device } = change.team;
    session.teams.set(id, {
      ...{ id, name, tokenHash, joinedAt, device, encounter, standing },
      path: encounter.path,
      decisions: encounter.decisions,
      connections: 0,
    });
  };
  if (change.standing || luckRead(session.story, session.record.seed))
    return Promise.resolve(hold());
  return readSessionLuck(session.story, session.record.seed).then(hold);
}

/** Before this process serves a team (a device rejoins here, asks for its debrief). */
export function serveTeam(
  ctx: ManagerContext,
  session: LiveSession,
  team: LiveTeam,
): Promise<void> {
  if (!isBehind(team)) return Promise.resolve();
  return ctx.queue.run(`team:${team.id}`, async () => {
    if (isBehind(team)) await catchUp(ctx, session, team);
  });
}

/** Before this process shows every team's decisions (the results export). */
export function serveSession(ctx: ManagerContext, session: LiveSession): Promise<void> {
  if (![...session.teams.values()].some(isBehind)) return Promise.resolve();
  return refreshShared(ctx, session.record.code, true);
}
