import type { Phase } from '../protocol/phases.ts';
import type { WorkshopStory } from './workshop-story.ts';

export interface SessionRecord {
  id: string;
  code: string;
  storyHash: string;
  seed: number;
  phase: Phase;
  /** Set once the results were revealed; an ended session keeps showing them. */
  revealed: boolean;
  hostTokenHash: string;
  /** The hash of the recovery code shown once at opening: it issues a new host token. */
  recoveryHash: string;
  /** The facilitator closed joining; the round goes on. */
  joiningClosed: boolean;
  createdAt: number;
  /** When the session was ended, or null while it runs. */
  endedAt: number | null;
}

export interface TeamRecord {
  id: string;
  sessionId: string;
  name: string;
  tokenHash: string;
  joinedAt: number;
  /** The id the joining browser keeps for itself, so a removed team's device stays out. */
  device: string;
}

/** A join checked against the session as stored: at most `maxTeams` teams. */
export interface Admission {
  maxTeams: number;
}

/** A name key or a device a facilitator removed from a session: `name:…` or `device:…`. */
export interface BanRecord {
  sessionId: string;
  key: string;
}

export interface ChoiceRecord {
  teamId: string;
  step: number;
  index: number;
  at: number;
}

export interface StoredState {
  stories: WorkshopStory[];
  sessions: SessionRecord[];
  teams: TeamRecord[];
  /** In step order per team. */
  choices: ChoiceRecord[];
  bans: BanRecord[];
  /** Rows that could not be read, one line each (table, key, why); they were skipped. */
  problems: string[];
}

export interface StoreProblem {
  /** What is wrong, for the host page and the log. */
  message: string;
  /** What happens now and what to do, for whoever is refused a change. */
  advice: string;
  /** The store is trying to reach its server again and will save by itself once it does. */
  reconnecting?: true;
}

/**
 * What the store made of a choice, checked inside its own write so that whichever process sends
 * it, a team's choices are kept in order and exactly once:
 * - `stored`: it was the team's next step and is now durable;
 * - `duplicate`: that very choice (same step, same option) is already stored: a retry after a
 *   lost acknowledgement, or one another process took first;
 * - `out-of-turn`: another option is stored at that step, or the step before it is missing;
 * - `closed`: the team is gone or its session is not playing.
 */
export type AppendResult = 'stored' | 'duplicate' | 'out-of-turn' | 'closed';

/**
 * Where sessions live. Every method settles only once its write is durable: the manager
 * acknowledges a choice after `appendChoice` has resolved. SQLite is the default; Postgres
 * implements the same interface (docs/workshop-scale.md).
 */
export interface WorkshopStore {
  saveStory(story: WorkshopStory): Promise<void>;
  createSession(session: SessionRecord): Promise<void>;
  setPhase(sessionId: string, phase: Phase, revealed: boolean, at: number): Promise<void>;
  setJoiningClosed(sessionId: string, closed: boolean): Promise<void>;
  setHostToken(sessionId: string, hostTokenHash: string): Promise<void>;
  /**
   * Adds a team unless its session already has one whose name is the same look-alike key
   * (`nameKey`), checked by a unique index so that two processes admitting one name at the same
   * instant cannot both succeed: `name-taken` for the one that lost. With `admission`, the same
   * insert also checks that the session as stored admits a team now (joinable phase, joining
   * open, neither the name nor the device removed, room left): `refused` if it does not, so a
   * process need not read the whole session before every join to see what the others changed.
   */
  addTeam(team: TeamRecord, admission?: Admission): Promise<'added' | 'name-taken' | 'refused'>;
  addBan(ban: BanRecord): Promise<void>;
  removeTeam(teamId: string): Promise<void>;
  appendChoice(choice: ChoiceRecord): Promise<AppendResult>;
  /** One team's stored choices in step order (to catch up with what another process stored). */
  teamChoices(teamId: string): Promise<ChoiceRecord[]>;
  /** The sessions that are not archived, with their teams, choices, bans and stories. */
  loadAll(): Promise<StoredState>;
  /** One session that is not archived, as `loadAll` gives it (empty when there is none). */
  loadSession(code: string): Promise<StoredState>;
  /** Archives sessions ended before `endedBefore` or opened before `createdBefore`; their ids. */
  archive(endedBefore: number, createdBefore: number): Promise<string[]>;
  /** Deletes archived sessions opened before `createdBefore`, with all their rows; how many. */
  purge(createdBefore: number): Promise<number>;
  /** Why writes cannot be trusted to last now (a replaced file, an unreachable server), if so. */
  problem(): StoreProblem | undefined;
  close(): Promise<void>;
}

/**
 * The store could not take a request in time though its server is up: every connection busy for
 * longer than the store waits for one, or a statement that ran out of time. Nothing was kept by
 * the request that got it; it is refused as `unavailable` (try again), not as an internal error.
 */
export class StoreBusyError extends Error {
  override readonly name = 'StoreBusyError';
}
