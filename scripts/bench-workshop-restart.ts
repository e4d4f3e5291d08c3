import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { checkDatabase } from '../src/server/database-check.ts';
import { SessionManager } from '../src/server/session-manager.ts';
import { sqliteStore } from '../src/server/sqlite-store.ts';
import { fixtureLibrary } from '../test/helpers/workshop-fixtures.ts';

// `npm run bench:workshop:restart`: how long a restart takes with a long history. 10,000 teams in
// 100 ended sessions of two days ago (8 choices each), plus one live session of 30 teams; then the
// time to check, open and restore the file as the server does at start.
const library = fixtureLibrary('stories/hotel-heat.ink');
const story = library.get('hotel-heat')!;
const file = path.join(mkdtempSync(path.join(tmpdir(), 'workshop-restart-')), 'w.db');
const store = sqliteStore(file);
await store.saveStory(story);
const old = Date.now() - 48 * 60 * 60_000;
const session = (id: string, code: string, at: number) =>
  store.createSession({
    id,
    code,
    storyHash: story.hash,
    seed: 11,
    phase: 'playing',
    revealed: false,
    hostTokenHash: 'a'.repeat(64),
    recoveryHash: '',
    joiningClosed: false,
    createdAt: at,
    endedAt: null,
  });
// Choices are only stored while a round is playing, so old sessions end once their teams chose.
const end = (id: string, at: number) => store.setPhase(id, 'ended', true, at + 3_600_000);
const teams = async (sessionId: string, n: number, at: number) => {
  for (let t = 0; t < n; t++) {
    const id = `${sessionId}-t${t}`;
    await store.addTeam({
      id,
      sessionId,
      name: `T${t}`,
      tokenHash: 'b'.repeat(64),
      joinedAt: at,
      device: '',
    });
    for (let step = 0; step < 8; step++)
      await store.appendChoice({ teamId: id, step, index: 0, at });
  }
};
for (let s = 0; s < 100; s++) {
  await session(`old${s}`, `C${String(s).padStart(5, '0')}`, old);
  await teams(`old${s}`, 100, old);
  await end(`old${s}`, old);
}
await session('live', 'LIVE01', Date.now());
await teams('live', 30, Date.now());
await store.close();

const heap = process.memoryUsage().rss;
const started = performance.now();
const verdict = checkDatabase(file);
const checked = performance.now();
const manager = await SessionManager.start(sqliteStore(file), library, { warn: () => undefined });
const ready = performance.now();
const result = {
  date: new Date().toISOString(),
  load: loadavg().map((l) => l.toFixed(2)),
  historyTeams: 10_000,
  integrityOk: verdict.ok,
  integrityCheckMs: +(checked - started).toFixed(1),
  restoreMs: +(ready - checked).toFixed(1),
  restoredSessions: manager.sessions.length,
  restoredTeams: manager.sessions.reduce((n, s) => n + s.teams.size, 0),
  rssGrowthMb: +((process.memoryUsage().rss - heap) / 2 ** 20).toFixed(1),
};
console.log(JSON.stringify(result, null, 2));
