import type { BeatMemo } from '../core/beat-memo.ts';
import { Encounter, type PathMismatch } from '../core/encounter.ts';
import { readingBasis } from '../core/luck.ts';
import { readPlay } from '../core/play-reading.ts';
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
 * verdict. Only the reading: the key moments (reactions, trade-offs, model answers) a debrief
 * writes for every decision are not needed for a leaderboard row, and were rebuilt for every
 * decision after every choice.
 */
export function standingFrom(
  story: WorkshopStory,
  encounter: Encounter,
  aliveAt: number,
): TeamStanding {
  const basis = readingBasis(story, encounter.seed);
  const view = readPlay(story.meta.customer, encounter.decisions, basis, aliveAt);
  const { served, failure, test } = view.verdict;
  return {
    made: encounter.path.length,
    finished: encounter.ended,
    ending: encounter.ending ?? null,
    overall: view.overall.percent,
    points: view.overall.points,
    qualities: view.qualities.map((q) => ({ id: q.id, score: q.score, percent: q.percent })),
    verdict: { served, betterOff: test.betterOff, ...(failure ? { failure: failure.kind } : {}) },
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
