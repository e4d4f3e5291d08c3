import type { Story } from 'inkjs';

/** What one stretch of ink read from the story's own state: global variable names and counted paths. */
export interface ReadTrace {
  /** Globals read or assigned (an assignment counts: the value it replaced may matter). */
  globals: Set<string>;
  /** Containers whose visit count was read (not merely counted up). */
  visits: Set<string>;
}

type Method = (this: unknown, ...args: never[]) => unknown;
type Container = { path: { toString(): string } };

/** The trace being recorded, if any: tracing is synchronous, so one at a time. */
let active: ReadTrace | undefined;
let incrementing = 0;
const hookedPrototypes = new WeakSet<object>();

/** Replaces method `name` of `proto` (an inkjs prototype) with one that first calls `before`. */
function wrap(proto: object, name: string, before: (...args: never[]) => void): void {
  const p = proto as Record<string, Method>;
  const inner = p[name]!;
  p[name] = function (this: unknown, ...args: never[]) {
    if (active) before(...args);
    return inner.apply(this, args);
  };
}

/**
 * Watches what ink reads from a story's state, through the methods its runtime calls
 * (`GetRawVariableWithName`, `SetGlobal`, `VisitCountForContainer`, `VisitCountAtPathString`).
 * They are wrapped on the prototypes, not on one state object, because ink swaps its state object
 * for a patched copy while it looks ahead for glue. Counting a visit up is not a read: its effect
 * is the same difference from any start. Outside a trace the wrappers only test one variable.
 */
function hook(story: Story): void {
  const state = Object.getPrototypeOf(story.state) as object;
  const variables = Object.getPrototypeOf(story.state.variablesState) as object;
  if (hookedPrototypes.has(state)) return;
  hookedPrototypes.add(state);
  wrap(variables, 'GetRawVariableWithName', (name: string, context: number) => {
    if (context <= 0) active?.globals.add(name);
  });
  wrap(variables, 'SetGlobal', (name: string) => active?.globals.add(name));
  const p = state as Record<string, Method>;
  const increment = p.IncrementVisitCountForContainer!;
  p.IncrementVisitCountForContainer = function (this: unknown, ...args: never[]) {
    incrementing++;
    try {
      return increment.apply(this, args);
    } finally {
      incrementing--;
    }
  };
  wrap(state, 'VisitCountForContainer', (c: Container | null) => {
    if (!incrementing && c) active?.visits.add(c.path.toString());
  });
  wrap(state, 'VisitCountAtPathString', (path: string) => {
    if (!incrementing) active?.visits.add(path);
  });
}

/** Runs `stretch` on `story` and returns its result with what it read of the story's state. */
export function traceReads<T>(story: Story, stretch: () => T): { value: T; reads: ReadTrace } {
  hook(story);
  const reads: ReadTrace = { globals: new Set(), visits: new Set() };
  const outer = active;
  active = reads;
  try {
    return { value: stretch(), reads };
  } finally {
    active = outer;
  }
}
