import type { StoreProblem } from './store.ts';
import type { Decision } from '../core/decision.ts';
import { readingBasis } from '../core/luck.ts';
import { luckPending } from './session-luck.ts';
import { canJoin } from '../protocol/phase-rules.ts';
import type { BeatMemo } from '../core/beat-memo.ts';
import type { Encounter } from '../core/encounter.ts';
import { resultRows } from '../protocol/ranking.ts';
import type { HostSnapshot, TeamSnapshot } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import type { SessionRecord } from './store.ts';
import type { TeamStanding } from './team-standing.ts';
import { buildWalkthrough } from './walkthrough.ts';
import { outlooksReady, storyOutlook } from './story-outlooks.ts';
import { teamStep } from './team-view.ts';
import { storyChoiceOf, type WorkshopStory } from './workshop-story.ts';

/**
 * A team as the server holds it in memory: its live playthrough (so an accepted choice costs one
 * step, not a replay), its path and decisions, and the standing last scored from them.
 */
export interface LiveTeam {
  id: string;
  name: string;
  tokenHash: string;
  joinedAt: number;
  device: string;
  encounter: Encounter;
  path: number[];
  standing: TeamStanding;
  decisions: readonly Decision[];
  /** Open connections of this team's devices. */
  connections: number;
  /**
   * Several processes: the steps the store holds for this team when another process accepted
   * choices this one has not played (its `standing` is then the other's row). They are played
   * from the store only when this process must serve the team (`isBehind`, session-sync.ts).
   */
  stored?: number;
  /**
   * Several processes: the other processes that last said a device of this team is connected
   * there. One per process, since a team moving from one to another is said online by the new
   * one and offline by the old in either order.
   */
  elsewhere?: Set<string>;
}

export interface LiveSession {
  record: SessionRecord;
  story: WorkshopStory;
  /** The ALIVE threshold the server was started with (`VITE_ALIVE_AT`), as the debrief reads it. */
  aliveAt: number;
  teams: Map<string, LiveTeam>;
  /** Its teams play one story with one seed: what one team's choices read, the next is given. */
  memo: BeatMemo;
  /** Name keys and devices the facilitator removed: `name:…`, `device:…`. */
  bans: Set<string>;
}

export function teamRow(team: LiveTeam): TeamRow {
  const online = team.connections > 0 || (team.elsewhere?.size ?? 0) > 0;
  return { teamId: team.id, name: team.name, ...team.standing, online };
}

/**
 * What the host page shows. Every team of a session plays with its seed: in a random story, the
 * rolls that seed allows. While that seed is being read again (the luck cache let it go), the
 * story's own best and qualities stand in, marked `readingLuck`, and no walk-through is judged:
 * the caller reads the seed in slices and sends the snapshot again (reading it here would stop
 * every room on the server for seconds).
 */
export function hostSnapshot(session: LiveSession, problem?: StoreProblem): HostSnapshot {
  const { record, story } = session;
  const teams = [...session.teams.values()];
  const pending = luckPending(story, record.seed);
  const basis = pending ? story.ranges : readingBasis(story, record.seed);
  return {
    code: record.code,
    phase: record.phase,
    story: { ...storyChoiceOf(story), practised: basis.practised, best: basis.maxTotal },
    ...(pending ? { readingLuck: true as const } : {}),
    teams: teams.map(teamRow),
    joining: canJoin(record.phase) && !record.joiningClosed,
    ...(problem ? { storage: problem.message } : {}),
    ...(problem?.reconnecting ? { reconnecting: true } : {}),
    ...(record.revealed
      ? {
          walkthrough: buildWalkthrough(
            teams.map((t) => ({ name: t.name, decisions: t.decisions })),
            !pending && outlooksReady(story)
              ? (route) => storyOutlook(story, record.seed, route)
              : undefined,
          ),
        }
      : {}),
  };
}

/** A team device gets what it shows and how far it is; the others' scores only after the reveal. */
export function teamSnapshot(session: LiveSession, team: LiveTeam): TeamSnapshot {
  const { record, story } = session;
  return {
    code: record.code,
    phase: record.phase,
    team: { id: team.id, name: team.name },
    story: { id: story.id, hash: story.hash, meta: story.meta },
    decisions: story.decisions,
    made: team.path.length,
    play: teamStep(team.encounter, team.encounter.transcript),
    ...(record.revealed
      ? { results: resultRows([...session.teams.values()].map(teamRow), team.id) }
      : {}),
  };
}
