import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import { must, request } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { openSession, serverOptions, socketPool } from '../../test/helpers/workshop-harness.ts';
import { startWorkshopServer, type RunningWorkshop } from './workshop-server.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

describe('a facilitator who lost the host page', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'workshop-recover-'));
  // A file database, so the session outlives the restart below.
  const options = serverOptions({
    db: path.join(dir, 'workshop.db'),
    distDir: dir,
    stories: library,
  });
  const sockets = socketPool();
  let server: RunningWorkshop | undefined;
  afterAll(async () => {
    sockets.closeAll();
    await server?.close();
  });

  it('takes the session back with the recovery code, even after a restart, and the old token stops', async () => {
    server = await startWorkshopServer(options);
    const opened = await openSession(await sockets.open(server.url), story.id);
    const { code, hostToken } = opened.credentials;
    expect(opened.recoveryCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await server.close();
    server = await startWorkshopServer(options);

    const other = await sockets.open(server.url);
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
    expect(await request(other, 'host:action', { code, hostToken, action: 'lock' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
