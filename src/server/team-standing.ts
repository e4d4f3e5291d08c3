import { debriefOf } from '../core/debrief.ts';
import { Encounter, type PathMismatch } from '../core/encounter.ts';
import type { QualityStanding } from '../protocol/standings.ts';
import type { WorkshopStory } from './workshop-story.ts';

/** Where a team stands, scored from its own playthrough on the server. */
export interface TeamStanding {
  made: number;
  finished: boolean;
  ending: string | null;
  overall: number;
  points: number;
  qualities: QualityStanding[];
}

/**
 * Scores a team's live encounter with the debrief's own code, so the leaderboard and a team's
 * debrief can never disagree.
 */
export function standingFrom(story: WorkshopStory, encounter: Encounter): TeamStanding {
  // Standings read scores only: the model answers' explorations are not needed here.
  const view = debriefOf(story, encounter, { outlooks: [] });
  return {
    made: encounter.path.length,
    finished: encounter.ended,
    ending: encounter.ending ?? null,
    overall: view.overall.percent,
    points: view.overall.points,
    qualities: view.qualities.map((q) => ({ id: q.id, score: q.score, percent: q.percent })),
  };
}

/**
 * Replays a stored path with the session's seed (after a restart, or for an audit): the team's
 * encounter as far as the path fits the story, and where it stopped fitting, if it did.
 */
export function replayTeamPath(
  story: WorkshopStory,
  seed: number,
  path: readonly number[],
): { encounter: Encounter; standing: TeamStanding; mismatch?: PathMismatch } {
  const { encounter, mismatch } = Encounter.replay(story.json, path, { seed });
  return { encounter, standing: standingFrom(story, encounter), ...(mismatch ? { mismatch } : {}) };
}
