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

/**
 * Where sessions live. Every method returns only once the write is durable: the manager
 * acknowledges a choice after `appendChoice` returns. SQLite is the default; a Postgres store
 * would implement the same interface (docs/workshop.md).
 */
export interface WorkshopStore {
  saveStory(story: WorkshopStory): void;
  createSession(session: SessionRecord): void;
  setPhase(sessionId: string, phase: Phase, revealed: boolean, at: number): void;
  setJoiningClosed(sessionId: string, closed: boolean): void;
  setHostToken(sessionId: string, hostTokenHash: string): void;
  addTeam(team: TeamRecord): void;
  addBan(ban: BanRecord): void;
  removeTeam(teamId: string): void;
  appendChoice(choice: ChoiceRecord): void;
  /** The sessions that are not archived, with their teams, choices, bans and stories. */
  loadAll(): StoredState;
  /** Archives sessions ended before `endedBefore` or opened before `createdBefore`; their ids. */
  archive(endedBefore: number, createdBefore: number): string[];
  /** Deletes archived sessions opened before `createdBefore`, with all their rows; how many. */
  purge(createdBefore: number): number;
  /** Why writes can no longer be trusted to last (the file was deleted or replaced), if so. */
  problem(): string | undefined;
  close(): void;
}
