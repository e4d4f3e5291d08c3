import type { QualityId } from '../core/qualities.ts';
import type { StoryMeta } from '../core/story-meta.ts';
import type { ScoreRanges } from '../core/explore.ts';

/**
 * The workshop's wire protocol, shared by the server and the browser pages. Types and limits
 * only: nothing here touches Node or the DOM. docs/workshop-protocol.md describes every event.
 */

export type Phase = 'lobby' | 'playing' | 'locked' | 'revealed' | 'ended';

export const LIMITS = {
  /** A request's payload, as JSON, may not be longer than this. */
  messageChars: 4_096,
  /** socket.io drops the connection past this; our own check above answers first. */
  transportBytes: 64 * 1_024,
  teamNameChars: 32,
  teamsPerSession: 300,
} as const;

export type ErrorCode =
  | 'invalid'
  | 'too-large'
  | 'unknown-event'
  | 'rate-limited'
  | 'not-found'
  | 'forbidden'
  | 'wrong-phase'
  | 'wrong-story'
  | 'out-of-range'
  | 'out-of-turn'
  | 'name-taken'
  | 'full'
  | 'removed'
  | 'unavailable'
  | 'internal';

export interface WorkshopError {
  code: ErrorCode;
  message: string;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: WorkshopError };

export interface DecisionRange {
  min: number;
  max: number;
}

export interface StoryChoice {
  id: string;
  title: string;
  summary: string;
  role: string;
  customer: string;
  minutes: number;
  decisions: DecisionRange;
}

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

export interface WalkthroughOption {
  text: string;
  effects: string;
  feedback: string;
  count: number;
  teams: string[];
  best: boolean;
}

export interface WalkthroughPoint {
  number: number;
  said: string;
  reached: number;
  options: WalkthroughOption[];
}

export interface HostSnapshot {
  code: string;
  phase: Phase;
  story: StoryChoice & { practised: QualityId[]; best: number };
  teams: TeamRow[];
  /** Whether new teams can join now: the phase allows it and the facilitator has not closed it. */
  joining: boolean;
  /** Why the server stopped accepting choices (its database file is gone), if it has. */
  storage?: string;
  /** Present once the results are revealed. */
  walkthrough?: WalkthroughPoint[];
}

/** Another team as a team device sees it, after the reveal only. */
export interface ResultRow {
  rank: number;
  name: string;
  overall: number;
  finished: boolean;
  mine: boolean;
}

export interface TeamSnapshot {
  code: string;
  phase: Phase;
  team: { id: string; name: string };
  story: { id: string; hash: string; json: string; meta: StoryMeta; ranges: ScoreRanges };
  decisions: DecisionRange;
  seed: number;
  path: number[];
  /** Present once the results are revealed. */
  results?: ResultRow[];
}

export interface TeamCredentials {
  code: string;
  teamId: string;
  token: string;
}

export interface HostCredentials {
  code: string;
  hostToken: string;
}

export const HOST_ACTIONS = [
  'start',
  'lock',
  'unlock',
  'reveal',
  'end',
  'close-joining',
  'open-joining',
] as const;
export type HostAction = (typeof HOST_ACTIONS)[number];
