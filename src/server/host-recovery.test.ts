import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostSnapshot } from './protocol.ts';
import { killHard, spawnWorkshop, type SpawnedWorkshop } from './spawn-workshop.ts';
import { connect, must, request } from './test-client.ts';

describe('a facilitator who lost the host page', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-recover-'));
  const env = { WORKSHOP_DB: path.join(dir, 'workshop.db'), WORKSHOP_DIST: dir };
  const sockets: Socket[] = [];
  let server: SpawnedWorkshop | undefined;
  const open = async (url: string) => {
    const socket = await connect(url);
    sockets.push(socket);
    return socket;
  };
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    if (server) await killHard(server.child);
  });

  it('takes the session back with the recovery code, even after a restart, and the old token stops', async () => {
    server = await spawnWorkshop(env);
    const opened = await must<{ hostToken: string; recoveryCode: string; snapshot: HostSnapshot }>(
      await open(server.url),
      'host:open',
      { storyId: 'hotel-heat' },
    );
    const { code } = opened.snapshot;
    expect(opened.recoveryCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await killHard(server.child);
    server = await spawnWorkshop(env);

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
