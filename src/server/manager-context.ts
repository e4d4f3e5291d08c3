import type { WorkshopError } from '../protocol/replies.ts';
import type { KeyedQueue } from './keyed-queue.ts';
import type { LiveSession } from './live-session.ts';
import { refuse } from './outcome.ts';
import type { TeamRecord, WorkshopStore } from './store.ts';
import type { TeamStanding } from './team-standing.ts';

export interface ManagerOptions {
  now?: () => number;
  /** Ended sessions are archived this long after they ended (not restored, not in memory). */
  archiveEndedAfterMs?: number;
  /** Sessions never ended are archived this long after they were opened. */
  archiveIdleAfterMs?: number;
  /** Archived sessions are deleted, with all their rows, this long after they were opened. */
  retainMs?: number;
  pickCode?: (max: number) => number;
  warn?: (message: string) => void;
  /**
   * Several processes share the store (WORKSHOP_REDIS): a session another process opened is
   * loaded from the store when first asked for, and every change here is told to `onChange`.
   */
  shared?: boolean;
  onChange?: (change: SessionChange) => void;
  /** Overall percent at or above which a team's play is ALIVE (the package's product setting). */
  aliveAt?: number;
}

/**
 * What changed in a session, for the other processes: all of it, a team that joined, one
 * accepted choice with the
 * team's standing after it (so another process's host sees its row without playing it), or
 * whether a team's devices are connected here (`online`, as this process sees them).
 */
export type SessionChange =
  | { kind: 'session'; code: string }
  | {
      kind: 'choice';
      code: string;
      teamId: string;
      step: number;
      index: number;
      standing: TeamStanding;
      online: boolean;
    }
  | { kind: 'presence'; code: string; teamId: string; online: boolean }
  /** A team admitted (its row as stored), so the others hold it without reading the session. */
  // `standing`: the new team's row, scored where it joined (on the session's seed, read there), so
  // another process shows it without reading that seed first (seconds in a large random story).
  | { kind: 'joined'; code: string; team: TeamRecord; standing?: TeamStanding }
  /** A team the facilitator removed, and the name and device keys banned with it. */
  | { kind: 'removed'; code: string; teamId: string; bans: string[] };

/** What the session manager's rules share: the sessions held, their store and their order. */
export interface ManagerContext {
  readonly store: WorkshopStore;
  readonly byCode: Map<string, LiveSession>;
  /** A team's choices, and a session's joins and host actions, are applied one at a time. */
  readonly queue: KeyedQueue;
  /** Re-reads of a session from the store that are queued and not started yet, by kind and code. */
  readonly rereads: Map<string, Promise<void>>;
  readonly now: () => number;
  readonly shared: boolean;
  readonly aliveAt: number;
  readonly warn: (message: string) => void;
  readonly changed: (change: SessionChange) => void;
}

export const noSession = () =>
  refuse('not-found', 'There is no workshop with that code. Check the code on the host screen.');

/**
 * Every change checks first that the store can keep it (the file is the one opened…). A team's
 * device is told only that nothing was kept and what to do: the store's own words name the
 * database file or server, which is for the facilitator and the log, not for every phone.
 */
export function unwritable(
  ctx: ManagerContext,
  audience: 'host' | 'team' = 'host',
): { ok: false; error: WorkshopError } | undefined {
  const problem = ctx.store.problem();
  if (!problem) return undefined;
  if (audience === 'team') {
    return refuse(
      'unavailable',
      problem.reconnecting
        ? 'The workshop is not saving for a moment, so this was not kept. Try again shortly.'
        : 'The workshop cannot save right now, so this was not kept. Tell the facilitator.',
    );
  }
  return refuse('unavailable', `${problem.message} ${problem.advice}`);
}
