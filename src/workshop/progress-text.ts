import { FAILURE_LABELS } from '../core/failure.ts';
import type { Phase } from '../protocol/phases.ts';
import type { DecisionRange } from '../protocol/snapshots.ts';
import type { TeamRow, TeamVerdict } from '../protocol/standings.ts';

/** "Decision k of n": paths differ in length, so n is the longest path unless all are equal. */
export function progressText(made: number, finished: boolean, decisions: DecisionRange): string {
  if (finished) return `Finished (${made} ${made === 1 ? 'decision' : 'decisions'})`;
  const of = decisions.min === decisions.max ? `${decisions.max}` : `up to ${decisions.max}`;
  return `Decision ${Math.min(made + 1, decisions.max)} of ${of}`;
}

/** How many decisions a scenario asks for: "8 decisions" when every path has as many, else "6–9". */
export function decisionsText({ min, max }: DecisionRange): string {
  return `${min === max ? max : `${min}–${max}`} ${max === 1 ? 'decision' : 'decisions'}`;
}

export function statusText(row: TeamRow, phase: Phase): string {
  const state = row.finished
    ? 'Finished'
    : phase === 'lobby'
      ? 'Waiting'
      : phase === 'playing'
        ? 'Playing'
        : 'Stopped';
  return `${state}, ${row.online ? 'online' : 'offline'}`;
}

/** The debrief's verdict in a few words: "ALIVE, better off" or "DEAD, not better off: did not listen". */
export function verdictText(v: TeamVerdict): string {
  const off = v.betterOff ? 'better off' : 'not better off';
  if (v.served) return `ALIVE, ${off}`;
  return `DEAD, ${off}${v.failure ? `: ${FAILURE_LABELS[v.failure]}` : ''}`;
}

/** A verdict is shown once it is final: the team finished, or the round no longer runs. */
export function verdictShown(row: { finished: boolean }, phase: Phase): boolean {
  return row.finished || phase === 'locked' || phase === 'revealed' || phase === 'ended';
}

export function percentText(percent: number | null, score: number): string {
  return percent === null ? `${score} pts` : `${percent}%`;
}

/** One line for the host's status region: what phase, how many teams, how many done. */
export function roundSummary(phaseLabel: string, rows: readonly TeamRow[]): string {
  const finished = rows.filter((r) => r.finished).length;
  const teams = `${rows.length} ${rows.length === 1 ? 'team' : 'teams'}`;
  return `${phaseLabel}: ${teams} joined, ${finished} finished.`;
}
