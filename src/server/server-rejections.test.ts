import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopError } from '../protocol/replies.ts';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import { must, next, request } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { serverOptions, socketPool } from '../../test/helpers/workshop-harness.ts';
import { joinTeam, type JoinedTeam } from '../../test/helpers/workshop-play.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

const GUESSER = 'device-of-a-guesser';
const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

describe('hostile and mistaken requests, over real sockets', () => {
  let server: RunningWorkshop;
  let host: Socket;
  let team: JoinedTeam;
  let credentials: { code: string; hostToken: string };
  const sockets = socketPool();
  const open = () => sockets.open(server.url);
  const choose = (extra: Record<string, unknown> = {}) =>
    request(team.socket, 'team:choose', {
      ...team.credentials,
      hash: story.hash,
      step: 0,
      index: 0,
      ...extra,
    });
  const path_ = () => server.manager.sessions[0]!.teams.get(team.credentials.teamId)!.path;

  beforeAll(async () => {
    server = await startWorkshopServer(
      serverOptions({ stories: library, limits: { wrongCodesPerAddress: 3 } }),
    );
    host = await open();
    const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(host, 'host:open', {
      storyId: story.id,
    });
    credentials = { code: opened.snapshot.code, hostToken: opened.hostToken };
    team = await joinTeam(await open(), credentials.code, 'Night shift');
  });
  afterAll(async () => {
    sockets.closeAll();
    await server.close();
  });

  it('refuses a choice before the round starts', async () => {
    expect(await choose()).toMatchObject({ ok: false, error: { code: 'wrong-phase' } });
  });

  it('refuses a host action without the host token, and changes nothing', async () => {
    const reply = await request(team.socket, 'host:action', {
      code: credentials.code,
      hostToken: team.credentials.token,
      action: 'start',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await request(team.socket, 'host:action', { code: credentials.code, action: 'start' }),
    ).toMatchObject({ error: { code: 'invalid' } });
    expect(server.manager.sessions[0]!.record.phase).toBe('lobby');
    await must(host, 'host:action', { ...credentials, action: 'start' });
  });

  it('refuses an index out of range', async () => {
    expect(await choose({ index: 5 })).toMatchObject({
      ok: false,
      error: { code: 'out-of-range' },
    });
    expect(await choose({ index: -1 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(path_()).toEqual([]);
  });

  it('refuses a choice for another story hash', async () => {
    expect(await choose({ hash: '0123456789abcd' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-story' },
    });
  });

  it('refuses a choice from a device that is not that team', async () => {
    const intruder = await open();
    const reply = await request(intruder, 'team:choose', {
      ...team.credentials,
      token: 'A'.repeat(32),
      hash: story.hash,
      step: 0,
      index: 0,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(path_()).toEqual([]);
  });

  it('refuses a score sent by a client', async () => {
    expect(await choose({ score: 100 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('refuses a choice after the lock', async () => {
    expect((await choose()).ok).toBe(true);
    await must(host, 'host:action', { ...credentials, action: 'lock' });
    expect(await choose({ step: 1 })).toMatchObject({ ok: false, error: { code: 'wrong-phase' } });
    expect(path_()).toEqual([0]);
    await must(host, 'host:action', { ...credentials, action: 'unlock' });
  });

  it('answers unknown events, missing acknowledgements and malformed payloads with errors', async () => {
    const socket = await open();
    expect(await request(socket, 'admin:drop-tables', {})).toMatchObject({
      error: { code: 'unknown-event' },
    });
    expect(await request(socket, 'team:join', 'K7M9PQ')).toMatchObject({
      error: { code: 'invalid' },
    });
    expect(await request(socket, 'team:join', { code: credentials.code })).toMatchObject({
      error: { code: 'invalid' },
    });
    const pushed = next<WorkshopError>(socket, 'workshop:error');
    socket.emit('team:join', { code: credentials.code, name: 'No ack', device: GUESSER });
    expect(await pushed).toMatchObject({ code: 'invalid' });
  });

  it('answers an oversized request with an error, and drops a giant one without harm', async () => {
    const socket = await open();
    const big = await request(socket, 'team:join', {
      code: credentials.code,
      name: 'x'.repeat(8_000),
    });
    expect(big).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const giant = await open();
    const gone = new Promise((resolve) => giant.once('disconnect', resolve));
    giant.emit('team:join', { code: credentials.code, name: 'x'.repeat(100_000) }, () => undefined);
    await gone;
    expect((await request(socket, 'stories:list')).ok).toBe(true);
    expect(server.manager.sessions[0]!.teams.size).toBe(1);
  });

  it('keeps a team name with markup as plain text', async () => {
    const joined = await joinTeam(await open(), credentials.code, '<img src=x onerror=alert(1)>');
    expect(joined.snapshot.team.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('rate-limits guessing join codes from one address', async () => {
    const guesser = await open();
    for (const code of ['AAAAAA', 'CCCCCC', 'DDDDDD']) {
      expect(
        await request(guesser, 'team:join', { code, name: 'Guess', device: GUESSER }),
      ).toMatchObject({
        error: { code: 'not-found' },
      });
    }
    const limited = await request(guesser, 'team:join', {
      code: credentials.code,
      name: 'Guess',
      device: GUESSER,
    });
    expect(limited).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect(
      (
        await request(await open(), 'team:join', {
          code: credentials.code,
          name: 'Guess',
          device: GUESSER,
        })
      ).ok,
    ).toBe(false);
  });
});
