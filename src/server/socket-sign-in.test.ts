import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { serverOptions, socketPool, startRoom } from '../../test/helpers/workshop-harness.ts';
import { joinTeam, type JoinedTeam } from '../../test/helpers/workshop-play.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

// A connection keeps the token it proved, so its later choices are not hashed again: what it
// keeps must never let it act with another token, as another team, or after its team is removed.
describe('a device signed in on its connection, over real sockets', () => {
  let server: RunningWorkshop;
  let credentials: { code: string; hostToken: string };
  let host: Awaited<ReturnType<typeof startRoom>>['host'];
  let night: JoinedTeam;
  let day: JoinedTeam;
  const sockets = socketPool();
  const choose = (team: JoinedTeam, over: Partial<JoinedTeam['credentials']> = {}) =>
    request(team.socket, 'team:choose', {
      ...team.credentials,
      ...over,
      hash: story.hash,
      step: team.snapshot.made,
      index: 0,
    });
  const pathOf = (team: JoinedTeam) =>
    server.manager.sessions[0]!.teams.get(team.credentials.teamId)?.path.length;

  beforeAll(async () => {
    server = await startWorkshopServer(serverOptions({ stories: library }));
    ({ host, credentials, team: night } = await startRoom(server.url, sockets, story.id));
    day = await joinTeam(await sockets.open(server.url), credentials.code, 'Day shift');
    // Night shift's connection proves its token once.
    expect((await choose(night)).ok).toBe(true);
    night.snapshot.made = 1;
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('refuses a wrong token on a connection that proved the right one', async () => {
    // Another last character, whatever the random token ends in (ending in 'x', it stayed right).
    const token = night.credentials.token;
    const wrong = `${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}`;
    expect(await choose(night, { token: wrong })).toMatchObject({ error: { code: 'forbidden' } });
    expect(pathOf(night)).toBe(1);
  });

  it('refuses another team with the token this connection proved', async () => {
    expect(await choose(night, { teamId: day.credentials.teamId })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(pathOf(day)).toBe(0);
  });

  it('refuses the connection’s next choice once the host removed its team', async () => {
    expect((await choose(night)).ok).toBe(true);
    night.snapshot.made = 2;
    expect(
      (
        await request(host, 'host:remove-team', {
          ...credentials,
          teamId: night.credentials.teamId,
        })
      ).ok,
    ).toBe(true);
    expect(await choose(night)).toMatchObject({ error: { code: 'forbidden' } });
    expect(pathOf(night)).toBeUndefined();
  });
});
