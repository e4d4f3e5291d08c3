import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type { TeamCredentials } from '../../src/protocol/credentials.ts';
import type { TeamSnapshot } from '../../src/protocol/snapshots.ts';
import type { TeamChosen } from '../../src/protocol/team-play.ts';
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
 * Plays as a team device does: it sees only the step the server sends (the options' words) and
 * sends back an index; the next step comes in the answer. `pick` chooses from the number of
 * options. Returns the indices this call sent (a device knows only its step, not the path).
 */
export async function playTeam(
  team: JoinedTeam,
  pick: (options: number, step: number) => number,
  upTo = Infinity,
): Promise<number[]> {
  const { snapshot, credentials } = team;
  const path: number[] = [];
  let made = snapshot.made;
  let step = snapshot.play;
  while (!step.ended && made < upTo) {
    const index = pick(step.choices.length, made);
    const reply = await request(team.socket, 'team:choose', {
      ...credentials,
      hash: snapshot.story.hash,
      step: made,
      index,
    });
    if (!reply.ok) throw new Error(`choice ${made + 1} refused: ${reply.error.message}`);
    ({ made, step } = reply.value as TeamChosen);
    path.push(index);
  }
  team.snapshot = { ...snapshot, made, play: step };
  return path;
}
