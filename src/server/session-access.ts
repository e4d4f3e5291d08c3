import type { LiveSession, LiveTeam } from './live-session.ts';
import { noSession } from './manager-context.ts';
import { done, refuse, type Outcome } from './outcome.ts';
import { tokenMatches } from './tokens.ts';

/** Every host request proves itself with the secret token issued when the session opened. */
export function hostOf(
  byCode: ReadonlyMap<string, LiveSession>,
  { code, hostToken }: { code: string; hostToken: string },
): Outcome<LiveSession> {
  const session = byCode.get(code);
  if (!session) return noSession();
  if (!tokenMatches(hostToken, session.record.hostTokenHash)) {
    return refuse('forbidden', 'Only the facilitator who opened this session can do that.');
  }
  return done(session);
}

/** A team device proves itself with the rejoin token it was given when the team joined. */
export function teamOf(
  byCode: ReadonlyMap<string, LiveSession>,
  { code, teamId, token }: { code: string; teamId: string; token: string },
): Outcome<{ session: LiveSession; team: LiveTeam }> {
  const session = byCode.get(code);
  if (!session) return noSession();
  const team = session.teams.get(teamId);
  if (!team || !tokenMatches(token, team.tokenHash)) {
    return refuse(
      'forbidden',
      'This device is not signed in as that team. Join again with the code.',
    );
  }
  return done({ session, team });
}
