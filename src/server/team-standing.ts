import { debriefOf } from '../core/debrief.ts';
import { replayPath } from '../core/session.ts';
import type { Decision } from '../core/decision.ts';
import type { QualityStanding } from './protocol.ts';
import type { WorkshopStory } from './workshop-story.ts';

/** Where a team stands, from the server's own replay of its whole path. */
export interface TeamStanding {
  made: number;
  finished: boolean;
  ending: string | null;
  overall: number;
  points: number;
  qualities: QualityStanding[];
}

export type StandingResult =
  | { ok: true; standing: TeamStanding; decisions: Decision[] }
  | { ok: false; reason: string };

/**
 * Replays `path` through the session's story with the session's seed and scores it with the
 * debrief's own code, so the leaderboard and a team's debrief can never disagree.
 */
export function standingOf(
  story: WorkshopStory,
  seed: number,
  path: readonly number[],
): StandingResult {
  const replay = replayPath(story.json, seed, path);
  if (!replay.ok) return { ok: false, reason: replay.reason };
  const { session } = replay;
  const view = debriefOf(story, session);
  return {
    ok: true,
    decisions: [...session.decisions],
    standing: {
      made: path.length,
      finished: session.ended,
      ending: session.ending ?? null,
      overall: view.overall.percent,
      points: view.overall.points,
      qualities: view.qualities.map((q) => ({ id: q.id, score: q.score, percent: q.percent })),
    },
  };
}
