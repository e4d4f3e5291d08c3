import { contentHash } from './hash.ts';
import type { InkFlow } from './ink-flow.ts';

type Obj = Record<string, unknown>;

/**
 * ink numbers its threads by a counter that grows every turn, so the same place reached by two
 * routes carries different numbers: renumber them in order of appearance.
 */
function renumberThreads(flow: Obj): Obj {
  const numbers = new Map<number, number>();
  const id = (n: unknown) => {
    const k = Number(n);
    if (!numbers.has(k)) numbers.set(k, numbers.size);
    return numbers.get(k);
  };
  const callstack = flow.callstack as { threads?: Obj[] } | undefined;
  const threads = (callstack?.threads ?? []).map((t) => ({ ...t, threadIndex: id(t.threadIndex) }));
  const choiceThreads: Obj = {};
  const old = (flow.choiceThreads ?? {}) as Record<string, Obj>;
  for (const k of Object.keys(old).sort((a, b) => Number(a) - Number(b))) {
    const t = old[k]!;
    choiceThreads[String(id(k))] = { ...t, threadIndex: id(t.threadIndex) };
  }
  const currentChoices = ((flow.currentChoices ?? []) as Obj[]).map((c) => ({
    ...c,
    originalThreadIndex: id(c.originalThreadIndex),
  }));
  return { threads, choiceThreads, currentChoices };
}

/**
 * A key for everything in an ink state that can change what happens next: position, call stack,
 * variables, the offered choices, and the visit (and turn) counts the story can still read.
 * Random state is left out because the explorer branches over random outcomes itself, unless it
 * follows one seed (`withRandom`): then the seed and the last draw decide what comes next. The text
 * already shown is left out because it cannot change what follows.
 */
export function stateKey(state: string, flow: InkFlow, withRandom = false): string {
  return stateKeyOf(JSON.parse(state) as Obj, flow, withRandom);
}

const hashText = (text: string) => contentHash(text) + contentHash(text, 0x9e3779b9);
const hashed = (canonical: unknown) => hashText(JSON.stringify(canonical));

function placeOf(s: Obj) {
  const flows = (s.flows ?? {}) as Record<string, Obj>;
  return {
    f: Object.keys(flows)
      .sort()
      .map((k) => [k, renumberThreads(flows[k]!)]),
    n: s.currentFlowName,
    e: s.evalStack,
    d: s.currentDivertTarget,
  };
}

/** A value's saved token as key text: primitives as they are, anything else as JSON. */
const tokenText = (v: unknown) =>
  typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);

/**
 * `stateKey` of an ink state already parsed from its JSON. `place` is its `placeKey` when the
 * caller already has it (a replayed stretch stops where it stopped before, at a known place).
 * The key text is written field by field (names cannot hold the separators, values are JSON),
 * rather than built as an object and serialised: it is worked out for every step of an
 * exploration. It is the key itself, not hashed: a hundred or two characters per state (the place
 * is already a hash), which the explorer's map hashes natively, with no chance of two states
 * sharing a key.
 */
export function stateKeyOf(s: Obj, flow: InkFlow, withRandom = false, place = placeKey(s)): string {
  let text = `${place}\u0002`;
  const variables = (s.variablesState ?? {}) as Obj;
  for (const k of Object.keys(variables).sort())
    text += `${k}\u0001${tokenText(variables[k])}\u0001`;
  text += '\u0002';
  const visits = (s.visitCounts ?? {}) as Record<string, number>;
  for (const k of Object.keys(visits).sort())
    if (!flow.forgettable(k)) text += `${k}\u0001${visits[k]}\u0001`;
  if (flow.readsTurns) text += `\u0002${JSON.stringify([s.turnIndices, s.turnIdx])}`;
  if (withRandom) text += `\u0002${JSON.stringify([s.storySeed, s.previousRandom])}`;
  return text;
}

/**
 * Where a parsed ink state stands, leaving out its variables and counts: position, call stack
 * (temporary variables included), offered choices and evaluation stack.
 */
export function placeKey(s: Obj): string {
  return hashed(placeOf(s));
}
