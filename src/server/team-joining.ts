import { admissionRefusal } from './admission.ts';
import { LIMITS } from '../protocol/limits.ts';
import { Encounter } from '../core/encounter.ts';
import type { LiveSession, LiveTeam } from './live-session.ts';
import { noSession, unwritable, type ManagerContext } from './manager-context.ts';
import { done, refuse, type Outcome } from './outcome.ts';
import { readSessionLuck } from './session-luck.ts';
import { reloadHeld } from './session-sync.ts';
import { standingFrom } from './team-standing.ts';
import { hashToken, newId, newToken } from './tokens.ts';
import type { Payload } from './validate.ts';

const nameTaken = (name: string) =>
  refuse('name-taken', `A team called '${name}' has already joined. Pick another name.`);

/** A new team, admitted or refused in the session's order, with its own live encounter. */
export async function joinInOrder(
  ctx: ManagerContext,
  { code, name, device }: Payload<'team:join'>,
): Promise<Outcome<{ session: LiveSession; team: LiveTeam; token: string }>> {
  const session = ctx.byCode.get(code);
  if (!session) return noSession();
  let refused = admissionRefusal(session, name, device);
  // Several processes: another may have started, closed or filled the session, taken or removed
  // a name, a moment ago. A refusal is judged again on the session as stored; an admission is
  // checked by the store inside the insert below (a whole session read before every join made
  // 2,000 teams take a minute to join).
  if (refused && ctx.shared) {
    await reloadHeld(ctx, session);
    if (ctx.byCode.get(code) !== session) return noSession();
    refused = admissionRefusal(session, name, device);
  }
  if (refused) return refused;
  const cannotKeep = unwritable(ctx, 'team');
  if (cannotKeep) return cannotKeep;
  // Read when the session opened; again in slices if the luck cache has since let it go.
  await readSessionLuck(session.story, session.record.seed);
  const encounter = new Encounter(session.story.json, {
    seed: session.record.seed,
    memo: session.memo,
  });
  const token = newToken();
  const team: LiveTeam = {
    id: newId(),
    name,
    tokenHash: hashToken(token),
    joinedAt: ctx.now(),
    device,
    encounter,
    path: [],
    standing: standingFrom(session.story, encounter, session.aliveAt),
    decisions: encounter.decisions,
    connections: 0,
  };
  const record = {
    id: team.id,
    sessionId: session.record.id,
    name,
    tokenHash: team.tokenHash,
    joinedAt: team.joinedAt,
    device,
  };
  const added = await ctx.store.addTeam(record, { maxTeams: LIMITS.teamsPerSession });
  if (added !== 'added') {
    // Another process changed the session since this one read it: refused as if that change
    // had been made here, with its reason, once the session is read again.
    if (ctx.shared) await reloadHeld(ctx, session);
    if (ctx.byCode.get(code) !== session) return noSession();
    return (
      admissionRefusal(session, name, device) ??
      (added === 'name-taken'
        ? nameTaken(name)
        : refuse('wrong-phase', 'This workshop is not taking new teams now.'))
    );
  }
  session.teams.set(team.id, team);
  ctx.changed({ kind: 'joined', code, team: record, standing: team.standing });
  return done({ session, team, token });
}
