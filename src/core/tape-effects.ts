import type { Story } from 'inkjs';
import type { ConditionTape, InkValue, TapeNode } from './condition-trace.ts';
import type { TapeReader } from './tape-reader.ts';

type Obj = Record<string, unknown>;

/** The inkjs runtime shapes read here (StoryState, CallStack, Thread, Choice). */
interface InkElement {
  temporaryVariables: Map<string, unknown>;
}
interface InkThread {
  callstack: InkElement[];
}
interface InkState {
  evaluationStack: unknown[];
  callStack: { _threads: InkThread[] };
  currentChoices: { threadAtGeneration?: InkThread | null }[];
  variablesState: { _globalVariables?: Map<string, InkValue> };
}

/**
 * The globals a traced stretch changed (its state now stopped), each with the tape node of the
 * value it left, or undefined for a value made from constants alone (and read counts, which the
 * memo keys exactly). Undefined when a derived value is left where a replay cannot recompute it:
 * on the evaluation stack, or in a temporary of any thread, the threads kept for choices included.
 */
export function assignedGlobals(
  story: Story,
  nodes: WeakMap<object, TapeNode>,
  loaded: Map<string, InkValue>,
): Map<string, TapeNode | undefined> | undefined {
  const state = story.state as unknown as InkState;
  const derived = (v: unknown) => typeof v === 'object' && v !== null && nodes.has(v);
  if (state.evaluationStack.some(derived)) return undefined;
  const threads = [
    ...state.callStack._threads,
    ...state.currentChoices.map((c) => c.threadAtGeneration),
  ];
  for (const thread of threads)
    for (const element of thread?.callstack ?? [])
      for (const v of element.temporaryVariables.values()) if (derived(v)) return undefined;
  const assigned = new Map<string, TapeNode | undefined>();
  for (const [name, value] of state.variablesState._globalVariables ?? [])
    if (loaded.get(name) !== value) assigned.set(name, nodes.get(value));
  return assigned;
}

/**
 * What ink saves for a value in `variablesState` (inkjs's WriteRuntimeObject for a bool, int,
 * float or string: a float as a plain JSON number, so 2.0 reads back as an int, as ink does it);
 * null for any other type.
 */
function tokenOf(v: InkValue): unknown {
  const x = v.value;
  if (v.valueType === -1 && typeof x === 'boolean') return x;
  if (v.valueType === 0 && typeof x === 'number') return Math.floor(x);
  if (v.valueType === 1 && typeof x === 'number') {
    if (x === Number.POSITIVE_INFINITY) return 34e37;
    if (x === Number.NEGATIVE_INFINITY) return -34e37;
    return Number.isNaN(x) ? 0 : x;
  }
  if (v.valueType === 3 && typeof x === 'string') return x === '\n' ? '\n' : `^${x}`;
  return null;
}

/**
 * The saved variables a stretch leaves when replayed from a state whose tape holds (`reader`):
 * the state's own, with each global the stretch assigned set to the value its tape node takes
 * there, or to what the traced play left for a value made from constants (`after`). As ink
 * saves them, a value equal to the global's default is left out. Undefined when a value is one
 * this cannot write as ink does (lists, divert targets): the stretch is then played.
 */
export function variablesAfter(
  tape: ConditionTape,
  reader: TapeReader,
  state: Obj,
  after: Obj,
): Obj | undefined {
  const out: Obj = { ...state };
  for (const [name, node] of tape.assigned ?? []) {
    if (!node) {
      if (after[name] === undefined) delete out[name];
      else out[name] = after[name];
      continue;
    }
    const v = reader.value(node);
    const token = v && tokenOf(v);
    if (token === null || token === undefined) return undefined;
    const d = tape.defaults.get(name);
    if (d && d.valueType === v!.valueType && d.value === v!.value) delete out[name];
    else out[name] = token;
  }
  return out;
}
