import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostSnapshot } from './protocol.ts';
import { connect, must, request } from './test-client.ts';
import { fixtureLibrary } from './test-fixtures.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

describe('a facilitator who lost the host page', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-recover-'));
  const options = {
    port: 0,
    host: '127.0.0.1',
    db: path.join(dir, 'workshop.db'),
    distDir: dir,
    stories: library,
    log: () => undefined,
  };
  const sockets: Socket[] = [];
  let server: RunningWorkshop | undefined;
  const open = async (url: string) => {
    const socket = await connect(url);
    sockets.push(socket);
    return socket;
  };
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await server?.close();
  });

  it('takes the session back with the recovery code, even after a restart, and the old token stops', async () => {
    server = await startWorkshopServer(options);
    const opened = await must<{ hostToken: string; recoveryCode: string; snapshot: HostSnapshot }>(
      await open(server.url),
      'host:open',
      { storyId: story.id },
    );
    const { code } = opened.snapshot;
    expect(opened.recoveryCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await server.close();
    server = await startWorkshopServer(options);

    const other = await open(server.url);
    expect(
      await request(other, 'host:recover', { code, recovery: 'AAAA-AAAA-AAAA' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const typed = opened.recoveryCode.toLowerCase().replace(/-/g, ' ');
    const back = await must<{ hostToken: string; snapshot: HostSnapshot }>(other, 'host:recover', {
      code,
      recovery: typed,
    });
    expect(back.snapshot.code).toBe(code);
    await must(other, 'host:action', { code, hostToken: back.hostToken, action: 'start' });
    expect(
      await request(other, 'host:action', { code, hostToken: opened.hostToken, action: 'lock' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
