import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../core/debrief.ts';
import { scorePath } from '../core/score-path.ts';
import { Encounter } from '../core/encounter.ts';
import type { HostSnapshot, TeamSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import { must, next } from '../../test/helpers/workshop-client.ts';
import { fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';
import { serverPerFile } from '../../test/helpers/server-per-file.ts';
import { joinTeam, playTeam } from '../../test/helpers/workshop-play.ts';

const library = fixtureLibrary('stories/hotel-heat.ink', 'test/fixtures/small-desk.ink');
const story = library.get('hotel-heat')!;

describe('workshop server over real sockets', () => {
  const { open } = serverPerFile(library);

  it('scores two teams on different paths exactly as scorePath and buildDebrief do', async () => {
    const host = await open();
    const { stories } = await must<{ stories: { id: string }[] }>(host, 'stories:list');
    expect(stories.map((s) => s.id)).toContain('hotel-heat');
    const opened = await must<{ hostToken: string; snapshot: HostSnapshot }>(host, 'host:open', {
      storyId: 'hotel-heat',
    });
    const credentials = { code: opened.snapshot.code, hostToken: opened.hostToken };
    const first = await joinTeam(await open(), credentials.code, 'Night shift');
    const second = await joinTeam(await open(), credentials.code, '<b>markup</b>');
    await must(host, 'host:action', { ...credentials, action: 'start' });

    const rows = new Map<string, TeamRow>();
    let arrived = () => undefined as void;
    host.on('host:teams', (batch: TeamRow[]) => {
      for (const row of batch) rows.set(row.teamId, row);
      arrived();
    });
    // Rows come a moment after the choice (sent together): wait for the team's last one.
    const rowAt = async (teamId: string, made: number) => {
      while (rows.get(teamId)?.made !== made) await new Promise<void>((r) => (arrived = r));
      return rows.get(teamId);
    };
    const firstPath = await playTeam(first, () => 0);
    const secondPath = await playTeam(second, (n) => n - 1);
    expect(firstPath).not.toEqual(secondPath);

    const { snapshot } = await must<{ snapshot: HostSnapshot }>(host, 'host:resume', credentials);
    expect(snapshot.teams.map((t) => t.name).sort()).toEqual(['<b>markup</b>', 'Night shift']);
    for (const [team, teamPath] of [
      [first, firstPath],
      [second, secondPath],
    ] as const) {
      const row = snapshot.teams.find((t) => t.teamId === team.credentials.teamId)!;
      // hotel-heat has no random branches, so the session's seed cannot change its play.
      const seed = 0;
      const scored = scorePath(story.json, seed, teamPath);
      const replay = Encounter.resume(story.json, teamPath, { seed });
      if (!scored.ok || !replay.ok) throw new Error('the path does not replay');
      const session = replay.value;
      const debrief = buildDebrief(
        story.meta.title,
        story.meta.customer,
        session.ending,
        session.decisions,
        story.ranges,
      );
      expect(row.finished).toBe(true);
      expect(row.made).toBe(teamPath.length);
      expect(row.ending).toBe(scored.value.ending);
      expect(row.overall).toBe(debrief.overall.percent);
      expect(row.points).toBe(debrief.overall.points);
      for (const q of row.qualities) {
        expect(q.score).toBe(scored.value.scores[q.id]);
        expect(q.percent).toBe(debrief.qualities.find((d) => d.id === q.id)!.percent);
      }
      // The live updates the host received say the same as the snapshot.
      expect(await rowAt(row.teamId, teamPath.length)).toEqual(row);
    }

    const revealedToTeam = next<{ phase: string; results?: unknown[] }>(first.socket, 'team:phase');
    const revealed = await must<{ snapshot: HostSnapshot }>(host, 'host:action', {
      ...credentials,
      action: 'reveal',
    });
    const teamView = await revealedToTeam;
    expect(teamView.phase).toBe('revealed');
    expect(teamView.results).toHaveLength(2);
    const walk = revealed.snapshot.walkthrough!;
    expect(walk[0]!.reached).toBe(2);
    expect(walk[0]!.options.filter((o) => o.best)).toHaveLength(1);
    expect(walk[0]!.options.reduce((n, o) => n + o.count, 0)).toBe(2);

    const file = await must<{ filename: string; csv: string }>(host, 'host:export', credentials);
    expect(file.filename).toMatch(/^serving-moments-hotel-heat-[A-Z0-9]{6}-\d{4}-\d\d-\d\d\.csv$/);
    expect(file.csv).toContain('Night shift');
    expect(file.csv).toContain('<b>markup</b>');

    const rejoined = await must<{ snapshot: TeamSnapshot }>(
      await open(),
      'team:rejoin',
      second.credentials,
    );
    expect(rejoined.snapshot.made).toBe(secondPath.length);
    expect(rejoined.snapshot.play.ended).toBe(true);
    expect(rejoined.snapshot.results?.find((r) => r.mine)?.name).toBe('<b>markup</b>');
  });
});
