import type { Socket } from 'socket.io';
import type { LiveSession, LiveTeam } from './live-session.ts';
import { done, type Outcome } from './outcome.ts';
import type { SessionManager } from './session-manager.ts';

interface Proven {
  code: string;
  teamId: string;
  token: string;
  team: LiveTeam;
}

/**
 * The team a device's request signs in as, with its token hashed once per connection: the token a
 * connection has proved is kept on that connection, and a later request of it carrying the same
 * one is let through without hashing it again (it was a sixth of the work of a choice). Only a
 * token this connection itself proved is compared, so the comparison tells nobody anything about
 * another team's token. A team removed or read again from the store since (a new object) is
 * checked from the start, as is any other code, team or token.
 */
export function signedInTeam(
  manager: Pick<SessionManager, 'byCode' | 'team'>,
  request: { code: string; teamId: string; token: string },
  socket: Socket,
): Outcome<{ session: LiveSession; team: LiveTeam }> {
  const { code, teamId, token } = request;
  const proven = socket.data.proven as Proven | undefined;
  if (proven && proven.token === token && proven.teamId === teamId && proven.code === code) {
    const session = manager.byCode.get(code);
    if (session && session.teams.get(teamId) === proven.team) {
      return done({ session, team: proven.team });
    }
  }
  const found = manager.team(request);
  if (found.ok) socket.data.proven = { code, teamId, token, team: found.value.team };
  return found;
}
