import type { Beat } from './beat.ts';
import type { ConditionTape, InkValue } from './condition-trace.ts';
import type { ReadTrace } from './read-trace.ts';
import { stateAfter } from './segment-memo.ts';
import { TapeReader, TapeShapes } from './tape-reader.ts';
import { variablesAfter } from './tape-effects.ts';

type Obj = Record<string, unknown>;

/** A stretch of story played once, with how its branches depended on the variables. */
interface Flow {
  tape: ConditionTape;
  /** Values that must be equal, not merely branch alike: visit counts read, untraceable globals. */
  exact: string;
  exactNames: string[];
  exactPaths: string[];
  beat: Beat;
  before: Obj;
  /** The state it stopped in at a decision, with its place key; absent when the story ended. */
  after?: Obj;
  afterPlace?: string;
}

const token = (v: unknown) => (v === undefined ? 'u' : JSON.stringify(v));
const vars = (s: Obj) => (s.variablesState ?? {}) as Obj;

function exactKey(state: Obj, names: readonly string[], paths: readonly string[]): string {
  const v = vars(state);
  const visits = (state.visitCounts ?? {}) as Obj;
  let key = '';
  for (const name of names) key += `${token(v[name])}\u0001`;
  for (const path of paths) key += `${token(visits[path])}\u0001`;
  return key;
}

/** The state `flow` leaves when replayed from `state` (its tape read there), if it can be written. */
function replayed(flow: Flow, reader: TapeReader, state: Obj): Obj | undefined {
  const variables = variablesAfter(flow.tape, reader, vars(state), vars(flow.after!));
  if (!variables) return undefined;
  return stateAfter({ globals: [], before: flow.before, after: flow.after }, state, variables);
}

/**
 * Stretches of story remembered by the outcome of the conditions ink evaluated in them rather
 * than by the values it read. An epilogue that picks an ending from five running totals reads
 * hundreds of combinations of them but takes a handful of routes through its conditions: a state
 * that takes the same route as one already played shows the same lines and reaches the same
 * ending, so it is not played again. A stretch that stops at a decision is kept too when the
 * values it leaves can be recomputed from its tape (`ConditionTape.assigned`): each global it
 * assigned takes the value its tape node gives in the replayed state, so the next stretch reads
 * what a fresh play would have left.
 */
export class FlowMemo {
  private readonly byPlace = new Map<string, Flow[]>();
  private readonly shapes = new TapeShapes();
  /** Per state's saved variables, the values worked out for them so far, by shape. */
  private readonly values = new WeakMap<Obj, Map<number, InkValue | null>>();

  find(place: string, state: Obj): { beat: Beat; after?: { obj: Obj; place: string } } | undefined {
    const flows = this.byPlace.get(place);
    if (!flows) return undefined;
    const variables = vars(state);
    let values = this.values.get(variables);
    if (!values) this.values.set(variables, (values = new Map()));
    for (const f of flows) {
      if (exactKey(state, f.exactNames, f.exactPaths) !== f.exact) continue;
      const reader = new TapeReader(f.tape, variables, this.shapes, values);
      if (!reader.holds()) continue;
      if (!f.after) return { beat: f.beat };
      const obj = replayed(f, reader, state);
      if (obj) return { beat: f.beat, after: { obj, place: f.afterPlace! } };
    }
    return undefined;
  }

  /** Keeps a stretch played from `before`; one that stopped (`after`) only if it can be replayed. */
  remember(
    place: string,
    before: Obj,
    reads: ReadTrace,
    tape: ConditionTape,
    beat: Beat,
    after?: { obj: Obj; place: string },
  ): void {
    // Names read that are not globals the tape follows (temporaries, lists, divert targets).
    const exactNames = [...reads.globals].filter(
      (n) => tape.opaque.has(n) || !tape.defaults.has(n),
    );
    const exactPaths = [...reads.visits];
    const flow: Flow = {
      tape,
      exact: exactKey(before, exactNames, exactPaths),
      exactNames,
      exactPaths,
      beat,
      before,
      ...(after ? { after: after.obj, afterPlace: after.place } : {}),
    };
    // Replayed from the state it was played from, it must give what ink gave, or it is not kept.
    if (after) {
      if (!tape.assigned) return;
      const again = variablesAfter(
        tape,
        new TapeReader(tape, vars(before)),
        vars(before),
        vars(after.obj),
      );
      if (!again || JSON.stringify(sorted(again)) !== JSON.stringify(sorted(vars(after.obj))))
        return;
    }
    let flows = this.byPlace.get(place);
    if (!flows) this.byPlace.set(place, (flows = []));
    flows.push(flow);
  }
}

const sorted = (o: Obj) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
