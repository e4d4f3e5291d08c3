import { encodeSuspend } from './suspend-codec.ts';
import type { SuspendState } from './suspend-state.ts';

/** The most suspend data each edition must accept: SCORM 1.2 CMIString4096; 2004 4th Ed. 64,000. */
export const SUSPEND_LIMITS = { '1.2': 4096, '2004': 64_000 } as const;

interface Step {
  from: 'plays' | 'bests';
  id: string;
  what: string;
}

const step = (from: Step['from'], id: string, what: string): Step => ({ from, id, what });

export interface FittedSuspend {
  text: string;
  /** What had to be left out, in words for the console: empty when everything fitted. */
  dropped: string[];
}

/**
 * Encodes the state within `limit` characters. LMS runtimes often accept longer data and then
 * truncate it on save, corrupting everything, so when it is too long this drops whole entries,
 * least valuable first: finished playthroughs (they only reopen a debrief), then other stories'
 * paths in progress, then other stories' best results; oldest first within each. The current
 * story's path is never dropped. The state itself is untouched: this session still has it all.
 */
export function fitSuspend(state: SuspendState, limit: number, current?: string): FittedSuspend {
  const trial: SuspendState = {
    plays: new Map(state.plays),
    bests: new Map(state.bests),
    ...(state.kept !== undefined ? { kept: state.kept } : {}),
  };
  let text = encodeSuspend(trial);
  if (text.length <= limit) return { text, dropped: [] };
  const dropped: string[] = [];
  // Another version's data goes first: a copy stays on the device (ScormSession keeps it there).
  if (trial.kept !== undefined) {
    delete trial.kept;
    dropped.push('progress saved by another version of the course (a copy stays on this device)');
    text = encodeSuspend(trial);
  }
  const others = [...trial.plays.values()].filter((p) => p.storyId !== current);
  const steps: Step[] = [
    ...others.filter((p) => p.finished).map((p) => step('plays', p.storyId, 'finished path')),
    ...others.filter((p) => !p.finished).map((p) => step('plays', p.storyId, 'path')),
    ...[...trial.bests.keys()]
      .filter((id) => id !== current)
      .map((id) => step('bests', id, 'best result')),
  ];
  for (const { from, id, what } of steps) {
    if (text.length <= limit) break;
    trial[from].delete(id);
    dropped.push(`${id} (${what})`);
    text = encodeSuspend(trial);
  }
  return { text, dropped };
}
