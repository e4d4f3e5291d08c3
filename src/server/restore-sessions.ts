import type { LiveSession, LiveTeam } from './live-session.ts';
import type { StoredState } from './store.ts';
import { standingOf, type StandingResult } from './team-standing.ts';

/**
 * Rebuilds every session from what the store holds, scoring each team by replaying its stored
 * path, exactly as when the choices first arrived. A path that no longer replays (a damaged file)
 * keeps its longest valid start rather than losing the team.
 */
export function restoreSessions(
  state: StoredState,
  warn: (message: string) => void,
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
    sessions.set(record.id, { record, story, teams: new Map(), bans: new Set() });
  }
  for (const ban of state.bans) sessions.get(ban.sessionId)?.bans.add(ban.key);
  for (const t of state.teams) {
    const session = sessions.get(t.sessionId);
    if (!session) continue;
    let path = paths.get(t.id) ?? [];
    let scored: StandingResult;
    try {
      scored = standingOf(session.story, session.record.seed, path);
    } catch (err) {
      // A story row that parsed but does not run must not stop the other sessions loading.
      warn(
        `team ${t.name} in ${session.record.code}: its story does not run (${(err as Error).message}); skipped`,
      );
      continue;
    }
    while (!scored.ok && path.length > 0) {
      warn(
        `team ${t.name} in ${session.record.code}: ${scored.reason}; kept the first ${path.length - 1}`,
      );
      path = path.slice(0, -1);
      scored = standingOf(session.story, session.record.seed, path);
    }
    if (!scored.ok) continue;
    const team: LiveTeam = {
      id: t.id,
      name: t.name,
      tokenHash: t.tokenHash,
      joinedAt: t.joinedAt,
      device: t.device,
      path,
      standing: scored.standing,
      decisions: scored.decisions,
      connections: 0,
    };
    session.teams.set(team.id, team);
  }
  return [...sessions.values()];
}
