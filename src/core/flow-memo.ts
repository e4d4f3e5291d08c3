import type { Beat } from './beat.ts';
import { tapeHolds, type ConditionTape } from './condition-trace.ts';
import type { ReadTrace } from './read-trace.ts';

type Obj = Record<string, unknown>;

/** A last stretch of story (it ended there), with how its branches depended on the variables. */
interface Ending {
  tape: ConditionTape;
  /** Values that must be equal, not merely branch alike: visit counts read, untraceable globals. */
  exact: string;
  exactNames: string[];
  exactPaths: string[];
  beat: Beat;
}

const token = (v: unknown) => (v === undefined ? 'u' : JSON.stringify(v));

function exactKey(state: Obj, names: readonly string[], paths: readonly string[]): string {
  const v = (state.variablesState ?? {}) as Obj;
  const visits = (state.visitCounts ?? {}) as Obj;
  let key = '';
  for (const name of names) key += `${token(v[name])}\u0001`;
  for (const path of paths) key += `${token(visits[path])}\u0001`;
  return key;
}

/**
 * The stretches that end the story, remembered by the outcome of the conditions ink evaluated in
 * them rather than by the values it read. An epilogue that picks an ending from five running
 * totals reads hundreds of combinations of them but takes a handful of routes through its
 * conditions: a state that takes the same route as one already played shows the same lines and
 * reaches the same ending, so it is not played again. Only endings are kept this way: a stretch
 * that stops at a decision leaves variables whose values the next stretch may read.
 */
export class FlowMemo {
  private readonly byPlace = new Map<string, Ending[]>();

  find(place: string, state: Obj): Beat | undefined {
    const endings = this.byPlace.get(place);
    if (!endings) return undefined;
    const variables = (state.variablesState ?? {}) as Obj;
    for (const e of endings) {
      if (exactKey(state, e.exactNames, e.exactPaths) !== e.exact) continue;
      if (tapeHolds(e.tape, variables)) return e.beat;
    }
    return undefined;
  }

  remember(place: string, before: Obj, reads: ReadTrace, tape: ConditionTape, beat: Beat): void {
    // Names read that are not globals the tape follows (temporaries, lists, divert targets).
    const exactNames = [...reads.globals].filter(
      (n) => tape.opaque.has(n) || !tape.defaults.has(n),
    );
    const exactPaths = [...reads.visits];
    let endings = this.byPlace.get(place);
    if (!endings) this.byPlace.set(place, (endings = []));
    endings.push({
      tape,
      exact: exactKey(before, exactNames, exactPaths),
      exactNames,
      exactPaths,
      beat,
    });
  }
}
