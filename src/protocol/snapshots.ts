import type { QualityId } from '../core/qualities.ts';
import type { StoryMeta } from '../core/story-meta.ts';
import type { Phase } from './phases.ts';
import type { ResultRow, TeamRow } from './standings.ts';
import type { TeamDebrief, TeamStep } from './team-play.ts';
import type { WalkthroughPoint } from './walkthrough.ts';

/** The state the server pushes to a host page and to a team device. */

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

export interface HostSnapshot {
  code: string;
  phase: Phase;
  story: StoryChoice & { practised: QualityId[]; best: number };
  teams: TeamRow[];
  /** Whether new teams can join now: the phase allows it and the facilitator has not closed it. */
  joining: boolean;
  /** Why the server stopped accepting choices (its database file is gone), if it has. */
  storage?: string;
  /**
   * The stop is the database server being out of reach (a Postgres restart): the server keeps
   * trying and saving starts again by itself, so the page says "reconnecting", not "stopped".
   */
  reconnecting?: true;
  /** Present once the results are revealed. */
  walkthrough?: WalkthroughPoint[];
  /**
   * The session's seed of a random story is being read again: `story.best` and `practised` are
   * the story's over every roll until a snapshot without this flag follows.
   */
  readingLuck?: true;
}

export interface TeamSnapshot {
  code: string;
  phase: Phase;
  team: { id: string; name: string };
  story: { id: string; hash: string; meta: StoryMeta };
  decisions: DecisionRange;
  /** Choices the server holds from this team. */
  made: number;
  /** The whole transcript so far and what comes next. */
  play: TeamStep;
  /** Present once the results are revealed. */
  results?: ResultRow[];
}

/**
 * The answer to `team:rejoin`: where the team is, and after the reveal its debrief as the server
 * has it now (exact model answers a device missed while it was away arrive here).
 */
export interface TeamRejoined {
  snapshot: TeamSnapshot;
  debrief?: TeamDebrief;
}
