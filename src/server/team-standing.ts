import type { BeatMemo } from '../core/beat-memo.ts';
import { Encounter, type PathMismatch } from '../core/encounter.ts';
import { readingBasis } from '../core/luck.ts';
import { scorePlay } from '../core/play-reading.ts';
import type { QualityStanding, TeamVerdict } from '../protocol/standings.ts';
import type { WorkshopStory } from './workshop-story.ts';

/** Where a team stands, scored from its own playthrough on the server. */
export interface TeamStanding {
  made: number;
  finished: boolean;
  ending: string | null;
  overall: number;
  points: number;
  qualities: QualityStanding[];
  verdict: TeamVerdict;
}

/**
 * Scores a team's live encounter with the debrief's own reading of a play and the server's ALIVE
 * threshold, so the leaderboard, the export and a team's debrief can never disagree on score or
 * verdict. Only its numbers (`scorePlay`, the same steps as the debrief's `readPlay`): the key
 * moments a debrief writes for every decision, and the words of each reading and of the verdict,
 * are not needed for a leaderboard row, and were written again after every choice.
 */
export function standingFrom(
  story: WorkshopStory,
  encounter: Encounter,
  aliveAt: number,
): TeamStanding {
  const basis = readingBasis(story, encounter.seed);
  const score = scorePlay(story.meta.customer, encounter.decisions, basis, aliveAt);
  const { served, betterOff, failure } = score;
  return {
    made: encounter.path.length,
    finished: encounter.ended,
    ending: encounter.ending ?? null,
    overall: score.percent,
    points: score.points,
    qualities: score.qualities,
    verdict: { served, betterOff, ...(failure ? { failure } : {}) },
  };
}

/**
 * Replays a stored path with the session's seed (after a restart, or for an audit): the team's
 * encounter as far as the path fits the story, and where it stopped fitting, if it did.
 */
export function replayTeamPath(
  session: { story: WorkshopStory; record: { seed: number }; memo?: BeatMemo },
  path: readonly number[],
  aliveAt: number,
): { encounter: Encounter; standing: TeamStanding; mismatch?: PathMismatch } {
  const { story, record, memo } = session;
  const { encounter, mismatch } = Encounter.replay(story.json, path, {
    seed: record.seed,
    ...(memo ? { memo } : {}),
  });
  const standing = standingFrom(story, encounter, aliveAt);
  return { encounter, standing, ...(mismatch ? { mismatch } : {}) };
}
