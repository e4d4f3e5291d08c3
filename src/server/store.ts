import type { Phase } from './protocol.ts';
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
  createdAt: number;
}

export interface TeamRecord {
  id: string;
  sessionId: string;
  name: string;
  tokenHash: string;
  joinedAt: number;
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
}

/**
 * Where sessions live. Every method returns only once the write is durable: the manager
 * acknowledges a choice after `appendChoice` returns. SQLite is the default; a Postgres store
 * would implement the same interface (docs/workshop.md).
 */
export interface WorkshopStore {
  saveStory(story: WorkshopStory): void;
  createSession(session: SessionRecord): void;
  setPhase(sessionId: string, phase: Phase, revealed: boolean): void;
  addTeam(team: TeamRecord): void;
  removeTeam(teamId: string): void;
  appendChoice(choice: ChoiceRecord): void;
  loadAll(): StoredState;
  close(): void;
}
