import { readingBasis } from '../core/luck.ts';
import { sessionCsv } from './csv-export.ts';
import { teamRow, type LiveSession, type LiveTeam } from './live-session.ts';
import { noSession, unwritable, type ManagerContext } from './manager-context.ts';
import { canJoin, nextPhase, PHASE_LABELS } from '../protocol/phase-rules.ts';
import { done, refuse, type Outcome } from './outcome.ts';
import { hostOf } from './session-access.ts';
import { forgetTeam, reloadHeld } from './session-sync.ts';
import { isBehind } from './team-choices.ts';
import { hashToken, newToken, tokenMatches } from './tokens.ts';
import { nameKey } from './team-name.ts';
import type { Payload } from './validate.ts';

/**
 * A facilitator who lost the page (another browser, a cleared cache) takes the session back with
 * the recovery code: a new host token is issued and the old one stops working.
 */
export async function recoverHost(
  ctx: ManagerContext,
  { code, recovery }: Payload<'host:recover'>,
): Promise<Outcome<{ session: LiveSession; hostToken: string }>> {
  const session = ctx.byCode.get(code);
  if (!session) return noSession();
  const { record } = session;
  if (!record.recoveryHash || !tokenMatches(recovery, record.recoveryHash)) {
    return refuse('forbidden', 'That recovery code does not belong to this session.');
  }
  const refused = unwritable(ctx);
  if (refused) return refused;
  const hostToken = newToken();
  const hostTokenHash = hashToken(hostToken);
  await ctx.store.setHostToken(record.id, hostTokenHash);
  record.hostTokenHash = hostTokenHash;
  ctx.changed({ kind: 'session', code });
  return done({ session, hostToken });
}

/** A host action (start, lock, reveal, end, close or open joining), in the session's order. */
export async function actInOrder(
  ctx: ManagerContext,
  request: Payload<'host:action'>,
): Promise<Outcome<LiveSession>> {
  const host = hostOf(ctx.byCode, request);
  if (!host.ok) return host;
  const refused = unwritable(ctx);
  if (refused) return refused;
  const { record } = host.value;
  const { action } = request;
  if (action === 'close-joining' || action === 'open-joining') {
    if (!canJoin(record.phase)) {
      return refuse(
        'wrong-phase',
        `Joining is closed anyway: ${PHASE_LABELS[record.phase].toLowerCase()}.`,
      );
    }
    const closed = action === 'close-joining';
    await ctx.store.setJoiningClosed(record.id, closed);
    record.joiningClosed = closed;
    ctx.changed({ kind: 'session', code: record.code });
    return host;
  }
  const next = nextPhase(record.phase, action);
  if (!next) {
    return refuse(
      'wrong-phase',
      `Cannot ${request.action} now: ${PHASE_LABELS[record.phase].toLowerCase()}.`,
    );
  }
  const revealed = record.revealed || next === 'revealed';
  const now = ctx.now();
  await ctx.store.setPhase(record.id, next, revealed, now);
  record.phase = next;
  record.revealed = revealed;
  if (next === 'ended') record.endedAt = now;
  // The walk-through shown from now on reads every team's decisions, also those served elsewhere.
  if (ctx.shared && revealed && [...host.value.teams.values()].some(isBehind)) {
    await reloadHeld(ctx, host.value, true);
  }
  ctx.changed({ kind: 'session', code: record.code });
  return host;
}

/** Removes a team for good: its name (and look-alikes) and its device are banned from the session. */
export async function removeInOrder(
  ctx: ManagerContext,
  request: Payload<'host:remove-team'>,
): Promise<Outcome<{ session: LiveSession; team: LiveTeam }>> {
  const host = hostOf(ctx.byCode, request);
  if (!host.ok) return host;
  const team = host.value.teams.get(request.teamId);
  if (!team) return refuse('not-found', 'That team is not in this session.');
  const refused = unwritable(ctx);
  if (refused) return refused;
  // The name (and every look-alike of it) and the device stay out of this session.
  const sessionId = host.value.record.id;
  const bans = [`name:${nameKey(team.name)}`, ...(team.device ? [`device:${team.device}`] : [])];
  for (const key of bans) {
    if (host.value.bans.has(key)) continue;
    await ctx.store.addBan({ sessionId, key });
    host.value.bans.add(key);
  }
  await ctx.store.removeTeam(team.id);
  forgetTeam(host.value, team.id);
  ctx.changed({ kind: 'removed', code: host.value.record.code, teamId: team.id, bans });
  return done({ session: host.value, team });
}

/** The session's results as a spreadsheet, named for the scenario, the code and the day. */
export function sessionExport(session: LiveSession): { filename: string; csv: string } {
  const { record, story, teams } = session;
  const day = new Date(record.createdAt).toISOString().slice(0, 10);
  const rows = [...teams.values()].map((t) => ({ row: teamRow(t), decisions: t.decisions }));
  return {
    filename: `serving-moments-${story.id}-${record.code}-${day}.csv`,
    csv: sessionCsv(rows, readingBasis(story, record.seed).maxTotal),
  };
}
