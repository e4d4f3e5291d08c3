import type { QualityId } from '../core/qualities.ts';

/** Teams as the server scored them, for the host's leaderboard and the teams' results. */

export interface QualityStanding {
  id: QualityId;
  score: number;
  /** 0–100, or null when the story never scores this quality. */
  percent: number | null;
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
  online: boolean;
}

/** Another team as a team device sees it, after the reveal only. */
export interface ResultRow {
  rank: number;
  name: string;
  overall: number;
  finished: boolean;
  mine: boolean;
}
