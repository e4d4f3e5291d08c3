import type { FailureKind } from '../core/failure.ts';
import type { QualityId } from '../core/qualities.ts';

/** Teams as the server scored them, for the host's leaderboard and the teams' results. */

export interface QualityStanding {
  id: QualityId;
  score: number;
  /** 0–100, or null when the story never scores this quality. */
  percent: number | null;
}

/** A team's verdict, from the debrief's own verdict with the server's ALIVE threshold. */
export interface TeamVerdict {
  /** ALIVE service: the overall score reached the threshold and the customer was not worse off. */
  served: boolean;
  /** Did the customer leave better off than they came (moods, or the ending's '#outcome:'). */
  betterOff: boolean;
  /** How a DEAD play failed; absent when it served. */
  failure?: FailureKind;
}

/** One team on the leaderboard, as the server scored it by replaying the team's path. */
export interface TeamRow {
  teamId: string;
  name: string;
  made: number;
  finished: boolean;
  ending: string | null;
  overall: number;
  points: number;
  qualities: QualityStanding[];
  /** The verdict on the play so far: final once the team finished or the round closed. */
  verdict: TeamVerdict;
  online: boolean;
}

/** Another team as a team device sees it, after the reveal only. */
export interface ResultRow {
  rank: number;
  name: string;
  overall: number;
  finished: boolean;
  verdict: TeamVerdict;
  mine: boolean;
}
