import type { LiveSession, LiveTeam } from './live-session.ts';
import { sessionMemo } from './story-outlooks.ts';
import type { StoredState } from './store.ts';
import { replayTeamPath } from './team-standing.ts';

/**
 * Rebuilds every session from what the store holds, replaying each team's stored path once into
 * a live encounter and scoring it exactly as when the choices first arrived. A path that no longer
 * replays (a damaged file) keeps its longest valid start rather than losing the team.
 */
export function restoreSessions(
  state: StoredState,
  warn: (message: string) => void,
  aliveAt: number,
): LiveSession[] {
  for (const problem of state.problems) warn(`skipped a row that could not be read: ${problem}`);
  const stories = new Map(state.stories.map((s) => [s.hash, s]));
  const paths = new Map<string, number[]>();
  for (const c of state.choices) {
    const path = paths.get(c.teamId) ?? [];
    if (c.step === path.length) path.push(c.index);
    paths.set(c.teamId, path);
  }
  const sessions = new Map<string, LiveSession>();
  for (const record of state.sessions) {
    const story = stories.get(record.storyHash);
    if (!story) {
      warn(`session ${record.code}: its story (${record.storyHash}) is missing; skipped`);
      continue;
    }
    const memo = sessionMemo(story, record.seed);
    sessions.set(record.id, { record, story, aliveAt, teams: new Map(), memo, bans: new Set() });
  }
  for (const ban of state.bans) sessions.get(ban.sessionId)?.bans.add(ban.key);
  for (const t of state.teams) {
    const session = sessions.get(t.sessionId);
    if (!session) continue;
    const stored = paths.get(t.id) ?? [];
    let replayed: ReturnType<typeof replayTeamPath>;
    try {
      replayed = replayTeamPath(session, stored, aliveAt);
    } catch (err) {
      // A story row that parsed but does not run must not stop the other sessions loading.
      warn(
        `team ${t.name} in ${session.record.code}: its story does not run (${(err as Error).message}); skipped`,
      );
      continue;
    }
    const { encounter, standing, mismatch } = replayed;
    if (mismatch)
      warn(
        `team ${t.name} in ${session.record.code}: ${mismatch.reason}; kept the first ${mismatch.at}`,
      );
    const team: LiveTeam = {
      id: t.id,
      name: t.name,
      tokenHash: t.tokenHash,
      joinedAt: t.joinedAt,
      device: t.device,
      encounter,
      path: encounter.path,
      standing,
      decisions: encounter.decisions,
      connections: 0,
    };
    session.teams.set(team.id, team);
  }
  return [...sessions.values()];
}
