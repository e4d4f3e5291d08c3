import { canChoose, PHASE_LABELS } from '../protocol/phase-rules.ts';
import type { LiveSession, LiveTeam } from './live-session.ts';
import { unwritable, type ManagerContext } from './manager-context.ts';
import { done, refuse, type Outcome } from './outcome.ts';
import { readSessionLuck } from './session-luck.ts';
import { standingFrom } from './team-standing.ts';
import type { Payload } from './validate.ts';

const outOfTurn = (team: LiveTeam) =>
  refuse(
    'out-of-turn',
    `The server has ${team.path.length} choices from this team, so the next is decision ${team.path.length + 1}.`,
  );

/** Plays the given choices on the team's live encounter, as far as they fit, and rescores it. */
export function applyChoices(
  session: LiveSession,
  team: LiveTeam,
  indices: readonly number[],
): void {
  const { encounter } = team;
  for (const index of indices) {
    if (encounter.ended || !encounter.choices[index]) break;
    encounter.choose(index);
  }
  team.path = encounter.path;
  team.standing = standingFrom(session.story, encounter, session.aliveAt);
  team.decisions = encounter.decisions;
}

/** Applies the steps the store holds beyond what this process has played for the team. */
export async function catchUp(
  ctx: ManagerContext,
  session: LiveSession,
  team: LiveTeam,
): Promise<void> {
  const stored = await ctx.store.teamChoices(team.id);
  // Playing them scores the team on the session's seed: read again in slices if the cache let it go.
  await readSessionLuck(session.story, session.record.seed);
  const more = stored.slice(team.path.length).map((c) => c.index);
  applyChoices(session, team, more);
  if ((team.stored ?? 0) <= team.path.length) delete team.stored;
}

/** Whether another process accepted choices of this team that this one has not played yet. */
export const isBehind = (team: LiveTeam): boolean => (team.stored ?? 0) > team.path.length;

/**
 * A team's choice, in the team's order: refused with the reason if it is not the next valid step,
 * else stored first and then played. `refresh` re-reads a session another process changed.
 */
export async function chooseInOrder(
  ctx: ManagerContext,
  request: Payload<'team:choose'>,
  signedIn: { session: LiveSession; team: LiveTeam },
  refresh: (code: string) => Promise<void>,
): Promise<Outcome<{ session: LiveSession; team: LiveTeam }>> {
  // Signed in before it queued (its token checked once); removed or archived meanwhile, refused.
  const { session, team } = signedIn;
  if (ctx.byCode.get(request.code) !== session || session.teams.get(team.id) !== team) {
    return refuse(
      'forbidden',
      'This device is not signed in as that team. Join again with the code.',
    );
  }
  const found = done(signedIn);
  const { step, index, hash } = request;
  if (hash !== session.story.hash) {
    return refuse(
      'wrong-story',
      'This device has a different version of the scenario. Reload the page.',
    );
  }
  // A device ahead of this process, or a team another process has served: the store has choices
  // this process has not played. Alone, this process holds every stored choice, so a device
  // ahead is refused without asking the store.
  if (ctx.shared && (step > team.path.length || isBehind(team))) {
    await catchUp(ctx, session, team);
  }
  // A choice sent again after a lost acknowledgement is already stored: say so, change nothing.
  if (step === team.path.length - 1 && team.path[step] === index) return found;
  // Another process may have started the round a moment ago: ask the store before refusing.
  if (!canChoose(session.record.phase) && ctx.shared) await refresh(session.record.code);
  if (!canChoose(session.record.phase)) {
    return refuse(
      'wrong-phase',
      `Choices are closed: ${PHASE_LABELS[session.record.phase].toLowerCase()}.`,
    );
  }
  if (step !== team.path.length) return outOfTurn(team);
  const { encounter } = team;
  if (encounter.ended || !Number.isInteger(index) || !encounter.choices[index]) {
    const why = encounter.ended
      ? `the story ends before decision ${step + 1}`
      : `decision ${step + 1} has ${encounter.choices.length} choices, not ${index + 1}`;
    return refuse('out-of-range', `Not a choice here: ${why}.`);
  }
  // Only a choice that would be stored asks whether the store can keep it (a look at the file).
  const cannotKeep = unwritable(ctx, 'team');
  if (cannotKeep) return cannotKeep;
  // Read when the session opened; again in slices if the luck cache has since let it go.
  await readSessionLuck(session.story, session.record.seed);
  // Stored first: a choice the store refused must not move the team on.
  const stored = await ctx.store.appendChoice({ teamId: team.id, step, index, at: ctx.now() });
  if (stored === 'stored') {
    // A whole session re-read while the write was on its way may have played it already.
    if (team.path.length === step) applyChoices(session, team, [index]);
    const { code } = session.record;
    const { standing, connections } = team;
    ctx.changed({
      kind: 'choice',
      code,
      teamId: team.id,
      step,
      index,
      standing,
      online: connections > 0,
    });
    return found;
  }
  if (stored === 'closed') {
    return refuse('wrong-phase', 'Choices are closed for this team now.');
  }
  // Another process stored this team's choices: take them over, then judge this one again.
  await catchUp(ctx, session, team);
  if (team.path[step] === index) return found;
  return outOfTurn(team);
}
