import type { Beat } from './beat.ts';
import type { ReadTrace } from './read-trace.ts';

type Obj = Record<string, unknown>;
type Counts = Record<string, number>;

/** One stretch of story played from a place: what it read, what it showed, where it stopped. */
interface Segment {
  globals: [name: string, token: string | undefined][];
  visits: [path: string, count: number | undefined][];
  beat: Beat;
  before: Obj;
  /** The ink state it stopped in; absent when the story ended there. */
  after?: Obj;
  /** `placeKey` of `after`: a replay stops at the same place, so its key need not be recomputed. */
  afterPlace?: string;
}

const token = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));
const vars = (s: Obj) => (s.variablesState ?? {}) as Obj;
const counts = (s: Obj, k: 'visitCounts' | 'turnIndices') => (s[k] ?? {}) as Counts;

/**
 * Stretches of story between two decisions, remembered by the place they start from (position,
 * call stack, offered choices, option taken) and the values they read. Merged branches often
 * reach the same place with different variables; a stretch that never read the variables that
 * differ shows the same lines and does the same things, so it is played once and its effect is
 * applied to each state that reaches it: the variables it assigned take the values it gave them,
 * visit and turn counts move by the amounts it moved them.
 */
export class SegmentMemo {
  private readonly byPlace = new Map<string, Segment[]>();

  /** A stretch already played from `place` whose reads all agree with `state`. */
  find(place: string, state: Obj): Segment | undefined {
    const v = vars(state);
    const visits = counts(state, 'visitCounts');
    return this.byPlace
      .get(place)
      ?.find(
        (s) =>
          s.globals.every(([name, t]) => token(v[name]) === t) &&
          s.visits.every(([path, n]) => visits[path] === n),
      );
  }

  remember(
    place: string,
    before: Obj,
    reads: ReadTrace,
    beat: Beat,
    after?: { obj: Obj; place: string },
  ): void {
    const v = vars(before);
    const visits = counts(before, 'visitCounts');
    const segment: Segment = {
      globals: [...reads.globals].map((name) => [name, token(v[name])]),
      visits: [...reads.visits].map((path) => [path, visits[path]]),
      beat,
      before,
      ...(after ? { after: after.obj, afterPlace: after.place } : {}),
    };
    const list = this.byPlace.get(place);
    if (list) list.push(segment);
    else this.byPlace.set(place, [segment]);
  }
}

/** The state `segment` leaves when played from `state` (which agrees with everything it read). */
export function stateAfter(segment: Segment, state: Obj): Obj {
  const { before, after } = segment;
  if (!after) return state;
  const variables: Obj = { ...vars(state) };
  for (const [name] of segment.globals) {
    const value = vars(after)[name];
    if (value === undefined) delete variables[name];
    else variables[name] = value;
  }
  const moved = (
    k: 'visitCounts' | 'turnIndices',
    shift: (own: number | undefined, from: number, to: number) => number,
  ) => {
    const out: Counts = { ...counts(state, k) };
    const was = counts(before, k);
    for (const [path, to] of Object.entries(counts(after, k)))
      if (was[path] !== to) out[path] = shift(out[path], was[path] ?? 0, to);
    return out;
  };
  const turn = Number(state.turnIdx ?? 0);
  const turnBefore = Number(before.turnIdx ?? 0);
  const { flows, currentFlowName, evalStack, currentDivertTarget, turnIdx } = after;
  const out: Obj = {
    ...state,
    flows,
    currentFlowName,
    evalStack,
    variablesState: variables,
    visitCounts: moved('visitCounts', (own, from, to) => (own ?? 0) + to - from),
    turnIndices: moved('turnIndices', (_, __, to) => turn + (to - turnBefore)),
    turnIdx: turn + (Number(turnIdx ?? 0) - turnBefore),
  };
  if (currentDivertTarget === undefined) delete out.currentDivertTarget;
  else out.currentDivertTarget = currentDivertTarget;
  return out;
}
