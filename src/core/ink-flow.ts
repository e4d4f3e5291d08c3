/**
 * What a compiled ink story can ever read back from its own state, found by walking its JSON once:
 * which visit counts matter after the fact, whether turn counts matter, and whether it draws random
 * numbers. The explorer leaves out of its state key what can never be read again, so two routes
 * that merge into the same knot are one state, as the writer meant them to be.
 */
export interface InkFlow {
  /** False when a visit count of this container path can still change what the story does. */
  forgettable(path: string): boolean;
  /** TURNS() or TURNS_SINCE() appear: turn indices are part of the state. */
  readsTurns: boolean;
  /** RANDOM() or a shuffle `{~a|b}` appear: outcomes are branched over, not taken from one seed. */
  random: boolean;
}

type Json = unknown;
/** Names ink gives weave parts itself; anything else in a path was written by the author. */
const GENERATED = /^(c-\d+|g-\d+|s\d*|b|\$r\d*|\d+|\^)$/;

/** Resolves an ink path written inside container `at` the way the runtime does. */
function resolve(target: string, at: readonly string[]): string[] {
  if (!target.startsWith('.')) return target.split('.');
  const parts = target.slice(1).split('.');
  const out = [...at];
  parts.forEach((p, i) => {
    if (p !== '^') out.push(p);
    else if (i > 0) out.pop(); // the first '^' names the container holding the object itself
  });
  return out;
}

interface Walk {
  units: Set<string>;
  edges: Map<string, Set<string>>;
  called: Set<string>;
  read: Set<string>;
  /** Containers whose count ink reads itself: once-only choices' targets and sequences. */
  counted: Set<string>;
  dynamic: boolean;
  readsTurns: boolean;
  random: boolean;
}

function walkStory(root: Json[]): Walk {
  const w: Walk = {
    units: new Set(['']),
    edges: new Map(),
    called: new Set(),
    read: new Set(),
    counted: new Set(),
    dynamic: false,
    readsTurns: false,
    random: false,
  };
  const named = (c: Json[]) => {
    const last = c[c.length - 1];
    return last && typeof last === 'object' && !Array.isArray(last)
      ? (last as Record<string, Json>)
      : undefined;
  };
  // Knots are the root's named containers; stitches the named containers of a knot.
  const stitches = new Map<string, Set<string>>();
  for (const [knot, body] of Object.entries(named(root) ?? {})) {
    if (!Array.isArray(body)) continue;
    w.units.add(knot);
    const inner = new Set<string>();
    for (const [name, c] of Object.entries(named(body) ?? {}))
      if (Array.isArray(c) && !GENERATED.test(name)) {
        inner.add(name);
        w.units.add(`${knot}.${name}`);
      }
    stitches.set(knot, inner);
  }
  const unitOf = (path: readonly string[]) => {
    const [knot = '', stitch = ''] = path;
    if (!w.units.has(knot)) return '';
    return stitches.get(knot)?.has(stitch) ? `${knot}.${stitch}` : knot;
  };
  const edge = (from: string, to: string) => {
    if (!w.edges.has(from)) w.edges.set(from, new Set());
    w.edges.get(from)?.add(to);
  };
  const jump = (from: readonly string[], target: string, call: boolean) => {
    const to = resolve(target, from);
    const a = unitOf(from);
    const b = unitOf(to);
    if (call) w.called.add(b);
    // Inside one knot, ink's own weave only flows forward; a divert to an author's label may not.
    if (a !== b || to.length <= (b.includes('.') ? 2 : 1) || !GENERATED.test(to[to.length - 1]!))
      edge(a, b);
  };

  const visit = (c: Json[], at: string[]) => {
    const meta = named(c);
    c.forEach((item, i) => {
      if (Array.isArray(item)) {
        const name = named(item)?.['#n'];
        visit(item, [...at, typeof name === 'string' ? name : String(i)]);
      } else if (typeof item === 'string') {
        if (item === 'turn' || item === 'turns') w.readsTurns = true;
        if (item === 'visit') w.counted.add(at.join('.'));
        if (item === 'rnd' || item === 'lrnd' || item === 'seq') w.random = true;
        if (item === 'thread') {
          const next = c[i + 1] as Record<string, Json> | undefined;
          if (typeof next?.['->'] === 'string') w.called.add(unitOf(resolve(next['->'], at)));
        }
      } else if (item && typeof item === 'object' && item !== meta) {
        const o = item as Record<string, Json>;
        if (o.var === true) w.dynamic = true;
        else if (typeof o['->'] === 'string') jump(at, o['->'], false);
        if (typeof o['*'] === 'string') {
          jump(at, o['*'], false);
          // flag 0x10: once-only, so ink reads the target's visit count to hide the choice.
          if (typeof o.flg === 'number' && o.flg & 0x10)
            w.counted.add(resolve(o['*'], at).join('.'));
        }
        for (const call of ['->t->', 'f()'] as const)
          if (typeof o[call] === 'string') jump(at, o[call], true);
        if (typeof o['CNT?'] === 'string') w.read.add(resolve(o['CNT?'], at).join('.'));
        if (typeof o['^->'] === 'string') w.read.add(resolve(o['^->'], at).join('.'));
      }
    });
    for (const [name, sub] of Object.entries(meta ?? {}))
      if (Array.isArray(sub)) visit(sub, [...at, name]);
  };
  visit(root, []);
  return w;
}

/** Units that flow can enter more than once: on a cycle, called as tunnel/function/thread, or after one. */
function reenterable(w: Walk): Set<string> {
  const reaches = (from: string, goal: string) => {
    const seen = new Set<string>();
    const stack = [...(w.edges.get(from) ?? [])];
    while (stack.length) {
      const u = stack.pop()!;
      if (u === goal) return true;
      if (seen.has(u)) continue;
      seen.add(u);
      stack.push(...(w.edges.get(u) ?? []));
    }
    return false;
  };
  const many = new Set([...w.units].filter((u) => w.called.has(u) || reaches(u, u)));
  const stack = [...many];
  while (stack.length) {
    for (const v of w.edges.get(stack.pop()!) ?? []) {
      if (!many.has(v)) {
        many.add(v);
        stack.push(v);
      }
    }
  }
  return many;
}

export function analyseInkFlow(compiledJson: string): InkFlow {
  const root = (JSON.parse(compiledJson) as { root: Json[] }).root;
  const w = walkStory(root);
  const many = reenterable(w);
  const unitOfPath = (path: string) => {
    const [knot = '', stitch] = path.split('.');
    if (!w.units.has(knot)) return '';
    return stitch && w.units.has(`${knot}.${stitch}`) ? `${knot}.${stitch}` : knot;
  };
  // Asked for every count of every state explored: each path is worked out once.
  const forgettable = new Map<string, boolean>();
  return {
    // A count no one reads is forgettable; one ink reads itself, only where flow cannot return.
    forgettable: (path) => {
      let known = forgettable.get(path);
      if (known === undefined) {
        known =
          !w.dynamic &&
          !w.readsTurns &&
          !w.read.has(path) &&
          (!w.counted.has(path) || !many.has(unitOfPath(path)));
        forgettable.set(path, known);
      }
      return known;
    },
    readsTurns: w.readsTurns,
    random: w.random,
  };
}
