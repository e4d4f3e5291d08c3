import type { SessionRecord, TeamRecord, WorkshopStore } from '../../src/server/store.ts';
import type { WorkshopStory } from '../../src/server/workshop-story.ts';

/**
 * Rows for a store test of `story`, all stamped `now`, so a test can compare what it loads with
 * what it wrote: a playing session, a team, and `seed`, which writes the story, session `s1`
 * (code AAAAAA) and the given teams.
 */
export function storeRecords(story: WorkshopStory, now: number) {
  const session = (
    id: string,
    code: string,
    extra: Partial<SessionRecord> = {},
  ): SessionRecord => ({
    id,
    code,
    storyHash: story.hash,
    seed: 7,
    phase: 'playing',
    revealed: false,
    hostTokenHash: 'a'.repeat(64),
    recoveryHash: 'r'.repeat(64),
    joiningClosed: false,
    createdAt: now,
    endedAt: null,
    ...extra,
  });
  const team = (id: string, sessionId: string, name: string): TeamRecord => ({
    id,
    sessionId,
    name,
    tokenHash: 'b'.repeat(64),
    joinedAt: now,
    device: `device-${id}`,
  });
  const seed = async (store: WorkshopStore, teams: readonly TeamRecord[]): Promise<void> => {
    await store.saveStory(story);
    await store.createSession(session('s1', 'AAAAAA'));
    for (const t of teams) await store.addTeam(t);
  };
  return { session, team, seed };
}
