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
  /**
   * Per place, the stretches grouped by which names they read, each group looked up by the values
   * read. From one place ink reads the same first name whatever the state, and each value read
   * decides what it reads next, so at most one stretch agrees with a state: finding it is a map
   * look-up per group rather than a comparison with every stretch played there.
   */
  private readonly byPlace = new Map<string, Group[]>();

  /** A stretch already played from `place` whose reads all agree with `state`. */
  find(place: string, state: Obj): Segment | undefined {
    for (const group of this.byPlace.get(place) ?? []) {
      const found = group.byValues.get(valuesOf(group, state));
      if (found) return found;
    }
    return undefined;
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
    const globals = [...reads.globals].sort();
    const paths = [...reads.visits].sort();
    const names = `${globals.join('\u0001')}\u0002${paths.join('\u0001')}`;
    let groups = this.byPlace.get(place);
    if (!groups) this.byPlace.set(place, (groups = []));
    let group = groups.find((g) => g.names === names);
    if (!group) groups.push((group = { names, globals, visits: paths, byValues: new Map() }));
    const key = valuesOf(group, before);
    if (!group.byValues.has(key)) group.byValues.set(key, segment);
  }
}

/** Stretches from one place that read the same names, by the values they read. */
interface Group {
  names: string;
  globals: string[];
  visits: string[];
  byValues: Map<string, Segment>;
}

/** `state`'s saved variables with those `segment` read set to the values it left them. */
function globalsAfter(segment: Pick<Segment, 'globals' | 'after'>, state: Obj): Obj {
  const variables: Obj = { ...vars(state) };
  for (const [name] of segment.globals) {
    const value = vars(segment.after ?? {})[name];
    if (value === undefined) delete variables[name];
    else variables[name] = value;
  }
  return variables;
}

/** The values `state` holds for the names a group read, as one string ('u' for unset). */
function valuesOf(group: Group, state: Obj): string {
  const v = vars(state);
  const visits = counts(state, 'visitCounts');
  let key = '';
  for (const name of group.globals) key += `${token(v[name]) ?? 'u'}\u0001`;
  for (const path of group.visits) key += `${visits[path] ?? 'u'}\u0001`;
  return key;
}

/**
 * The state `segment` leaves when played from `state` (which agrees with everything it read), its
 * saved variables `variables` when the caller has worked them out.
 */
export function stateAfter(
  segment: Pick<Segment, 'globals' | 'before' | 'after'>,
  state: Obj,
  variables: Obj = globalsAfter(segment, state),
): Obj {
  const { before, after } = segment;
  if (!after) return state;
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
