import type { HostAction, Phase } from './phases.ts';

/**
 * The life of a session, as a table: lobby → playing ⇄ locked → revealed → ended. Revealing locks
 * the round for good; ending is possible from anywhere and is final.
 */
/** The actions that move the phase; opening and closing joining leave it as it is. */
export type PhaseAction = Exclude<HostAction, 'close-joining' | 'open-joining'>;

const NEXT: Record<PhaseAction, Partial<Record<Phase, Phase>>> = {
  start: { lobby: 'playing' },
  lock: { playing: 'locked' },
  unlock: { locked: 'playing' },
  reveal: { playing: 'revealed', locked: 'revealed' },
  end: { lobby: 'ended', playing: 'ended', locked: 'ended', revealed: 'ended' },
};

export function nextPhase(phase: Phase, action: PhaseAction): Phase | undefined {
  return NEXT[action][phase];
}

/** Late teams may join while the round runs; once it is locked the field is closed. */
export function canJoin(phase: Phase): boolean {
  return phase === 'lobby' || phase === 'playing';
}

export function canChoose(phase: Phase): boolean {
  return phase === 'playing';
}

export const PHASE_LABELS: Record<Phase, string> = {
  lobby: 'Waiting for teams',
  playing: 'Round in progress',
  locked: 'Round locked',
  revealed: 'Results revealed',
  ended: 'Session ended',
};
