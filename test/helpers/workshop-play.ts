import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { Encounter } from '../../src/core/encounter.ts';
import type { TeamCredentials } from '../../src/protocol/credentials.ts';
import type { TeamSnapshot } from '../../src/protocol/snapshots.ts';
import { must, request } from './workshop-client.ts';

export interface JoinedTeam {
  socket: Socket;
  credentials: TeamCredentials;
  snapshot: TeamSnapshot;
}

/** A device id as a browser keeps one: each joining test device is a different device. */
export const newDeviceId = () => `device-${randomBytes(12).toString('base64url')}`;

export async function joinTeam(
  socket: Socket,
  code: string,
  name: string,
  device = newDeviceId(),
): Promise<JoinedTeam> {
  const { token, snapshot } = await must<{ token: string; snapshot: TeamSnapshot }>(
    socket,
    'team:join',
    { code, name, device },
  );
  return { socket, snapshot, credentials: { code, teamId: snapshot.team.id, token } };
}

/**
 * Plays as a team device does: the story runs on the device to show the choices, and only each
 * choice's index goes to the server. `pick` chooses from the number of options.
 */
export async function playTeam(
  team: JoinedTeam,
  pick: (options: number, step: number) => number,
  upTo = Infinity,
): Promise<number[]> {
  const { snapshot, credentials } = team;
  const session = new Encounter(snapshot.story.json, { seed: snapshot.seed });
  for (const index of snapshot.path) session.choose(index);
  while (!session.ended && session.path.length < upTo) {
    const step = session.path.length;
    const index = pick(session.choices.length, step);
    const reply = await request(team.socket, 'team:choose', {
      ...credentials,
      hash: snapshot.story.hash,
      step,
      index,
    });
    if (!reply.ok) throw new Error(`choice ${step + 1} refused: ${reply.error.message}`);
    session.choose(index);
  }
  return session.path;
}
