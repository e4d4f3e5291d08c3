import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  closeSync,
  mkdtempSync,
  openSync,
  writeSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostSnapshot } from '../protocol/snapshots.ts';
import {
  killHard,
  spawnWorkshop,
  type SpawnedWorkshop,
} from '../../test/helpers/spawn-workshop.ts';
import { sqliteStore } from './sqlite-store.ts';
import { next, request } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { serverOptions, socketPool, startRoom } from '../../test/helpers/workshop-harness.ts';
import { playTeam } from '../../test/helpers/workshop-play.ts';
import { startWorkshopServer } from './workshop-server.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;
const fresh = () => mkdtempSync(path.join(tmpdir(), 'workshop-data-'));

/** A database holding one open session with one team that made one choice, through the store. */
async function seeded(file: string): Promise<void> {
  const store = sqliteStore(file);
  await store.saveStory(story);
  await store.createSession({
    id: 'session-ok',
    code: 'KKKKKK',
    storyHash: story.hash,
    seed: 7,
    phase: 'playing',
    revealed: false,
    hostTokenHash: 'a'.repeat(64),
    recoveryHash: '',
    joiningClosed: false,
    createdAt: Date.now(),
    endedAt: null,
  });
  await store.addTeam({
    id: 'team-ok-1',
    sessionId: 'session-ok',
    name: 'Night shift',
    tokenHash: 'b'.repeat(64),
    joinedAt: Date.now(),
    device: 'd',
  });
  await store.appendChoice({ teamId: 'team-ok-1', step: 0, index: 0, at: Date.now() });
  await store.close();
}

describe('a database you cannot lose quietly', () => {
  const servers: SpawnedWorkshop[] = [];
  const sockets = socketPool();
  afterAll(async () => {
    sockets.closeAll();
    for (const s of servers) await killHard(s.child);
  });
  // One small scenario to compile, so a start on a loaded machine stays quick.
  const stories = fresh();
  copyFileSync(
    path.join(PROJECT, 'test/fixtures/small-desk.ink'),
    path.join(stories, 'small-desk.ink'),
  );
  const start = (file: string) =>
    spawnWorkshop({ WORKSHOP_DB: file, WORKSHOP_DIST: tmpdir(), WORKSHOP_STORIES: stories });

  it('refuses to start on a missing folder, a file that is not a database, a truncated one or a damaged index, saying which', async () => {
    const dir = fresh();
    await expect(start(path.join(dir, 'no-such-folder', 'w.db'))).rejects.toThrow(
      /exited \(2\)[\s\S]*folder for the database does not exist/,
    );
    const text = path.join(dir, 'notes.db');
    writeFileSync(text, 'These are my workshop notes, not a database. '.repeat(200));
    await expect(start(text)).rejects.toThrow(/exited \(3\)[\s\S]*cannot be read/);

    const truncated = path.join(dir, 'truncated.db');
    await seeded(truncated);
    truncateSync(truncated, 5_000);
    await expect(start(truncated)).rejects.toThrow(/exited \(3\)[\s\S]*(damaged|cannot be read)/);

    const index = path.join(dir, 'index.db');
    await seeded(index);
    // Scribble over the index's root page, as a failing disk would; the table itself is intact.
    const db = new Database(index);
    const { rootpage } = db
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'teams_by_session'")
      .get() as { rootpage: number };
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const fd = openSync(index, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (rootpage - 1) * pageSize);
    closeSync(fd);
    await expect(start(index)).rejects.toThrow(/exited \(3\)[\s\S]*index\.db is damaged/);
  });

  it('restores the good rows and reports a bad one instead of crashing', async () => {
    const file = path.join(fresh(), 'w.db');
    await seeded(file);
    const db = new Database(file);
    db.prepare("INSERT INTO stories (hash, story) VALUES ('badbad', '{not json')").run();
    db.prepare(
      `INSERT INTO sessions (id, code, story_hash, seed, phase, host_token_hash, created_at)
       VALUES ('session-bad', 'MMMMMM', 'badbad', 1, 'playing', 'x', ${Date.now()})`,
    ).run();
    db.close();
    const server = await start(file);
    servers.push(server);
    expect(server.output()).toMatch(/stories badbad: not JSON/);
    expect(server.output()).toMatch(/session MMMMMM: its story \(badbad\) is missing; skipped/);
    expect(server.output()).toMatch(/1 sessions, 1 teams restored/);
  });

  it('stops accepting choices when the file is deleted while running, and tells the host', async () => {
    const dir = fresh();
    const file = path.join(dir, 'w.db');
    const server = await startWorkshopServer(
      serverOptions({ db: file, distDir: dir, stories: library, watchMs: 50 }),
    );
    try {
      const { host, team } = await startRoom(server.url, sockets, story.id);
      await playTeam(team, () => 0, 1);
      const told = next<HostSnapshot>(host, 'host:snapshot', (s) => s.storage !== undefined);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      expect((await told).storage).toMatch(/was deleted/);
      const refused = await request(team.socket, 'team:choose', {
        ...team.credentials,
        hash: story.hash,
        step: 1,
        index: 0,
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      // The phone is told to fetch the facilitator, not where the server keeps its database.
      const toPhone = (refused as { error: { message: string } }).error.message;
      expect(toPhone).toMatch(/not kept\. Tell the facilitator/);
      expect(toPhone).not.toContain(path.basename(file));
      expect(server.manager.sessions[0]!.teams.get(team.credentials.teamId)!.path).toEqual([0]);
    } finally {
      await server.close();
    }
  });

  it('backs up a running server with every acknowledged choice, WAL included', async () => {
    const dir = fresh();
    const file = path.join(dir, 'w.db');
    const server = await startWorkshopServer(
      serverOptions({ db: file, distDir: dir, stories: library }),
    );
    try {
      const { team } = await startRoom(server.url, sockets, story.id);
      const played = await playTeam(team, () => 0, 2);
      const backup = path.join(dir, 'copy.db');
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/workshop-backup.ts', backup], {
        cwd: PROJECT,
        env: { ...process.env, WORKSHOP_DB: file },
        stdio: 'pipe',
      });
      const copy = new Database(backup, { readonly: true });
      const rows = copy.prepare('SELECT idx FROM choices ORDER BY step').all() as { idx: number }[];
      copy.close();
      expect(rows.map((r) => r.idx)).toEqual(played);
    } finally {
      await server.close();
    }
  });

  it('refuses to back up a Postgres database, pointing at pg_dump, without printing its URL', () => {
    const url = 'postgres://app:s3cret-pass@127.0.0.1:55432/workshop';
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/workshop-backup.ts'], {
      cwd: PROJECT,
      env: { ...process.env, WORKSHOP_DB: url },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('pg_dump');
    expect(run.stdout + run.stderr).not.toContain('s3cret-pass');
  });

  it('archives ended sessions after the set time and does not restore them', async () => {
    const dir = fresh();
    const file = path.join(dir, 'w.db');
    await seeded(file);
    const store = sqliteStore(file);
    const longAgo = Date.now() - 48 * 60 * 60_000;
    await store.createSession({
      id: 'session-old',
      code: 'NNNNNN',
      storyHash: story.hash,
      seed: 3,
      phase: 'ended',
      revealed: true,
      hostTokenHash: 'c'.repeat(64),
      recoveryHash: '',
      joiningClosed: false,
      createdAt: longAgo,
      endedAt: longAgo + 60_000,
    });
    for (let i = 0; i < 50; i++) {
      await store.addTeam({
        id: `team-old-${i}`,
        sessionId: 'session-old',
        name: `Old ${i}`,
        tokenHash: 'd'.repeat(64),
        joinedAt: longAgo,
        device: '',
      });
    }
    await store.close();
    const server = await startWorkshopServer(
      serverOptions({ db: file, distDir: dir, stories: library, archiveEndedAfterMs: 60 * 60_000 }),
    );
    try {
      expect(server.manager.sessions.map((s) => s.record.code)).toEqual(['KKKKKK']);
      const archived = new Database(file, { readonly: true })
        .prepare('SELECT archived FROM sessions WHERE id = ?')
        .get('session-old') as { archived: number };
      expect(archived.archived).toBe(1);
    } finally {
      await server.close();
    }
  });
});
