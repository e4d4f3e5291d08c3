import { stripComments } from '../core/source-tags.ts';

export type MapNodeKind = 'start' | 'knot' | 'stitch' | 'end';

export interface MapNode {
  /** The path ink knows it by ('knot', 'knot.stitch'), or START / END / DONE. */
  id: string;
  kind: MapNodeKind;
  /** 1-based source line of its header; 0 for the ends, which have none. */
  line: number;
}

export interface MapEdge {
  from: string;
  to: string;
  /** Line of the first divert between the two, or of the stitch ink enters by itself. */
  line: number;
}

export interface StoryMap {
  nodes: MapNode[];
  edges: MapEdge[];
}

export const START = 'START';

const KNOT = /^\s*={2,}\s*(function\s+)?(\w+)/;
const STITCH = /^\s*=\s*(\w+)/;
const LABEL = /^\s*(?:[*+-]\s*)+\((\w+)\)/;
// '->' or '<-' and its target; '->->' (a tunnel's return) has no target and is skipped.
const DIVERT = /(?:->|<-)(?!>)\s*([A-Za-z_][\w.]*)?/g;

interface Scope {
  node: string;
  knot: string | undefined;
  inFunction: boolean;
  /** Set on the line that opens this knot or stitch. */
  header?: 'knot' | 'stitch';
}

/** Walks the lines, telling `visit` which knot or stitch each belongs to. */
function walk(lines: string[], visit: (line: string, index: number, scope: Scope) => void) {
  let scope: Scope = { node: START, knot: undefined, inFunction: false };
  lines.forEach((line, index) => {
    const knot = KNOT.exec(line);
    const stitch = knot ? null : STITCH.exec(line);
    if (knot?.[2]) {
      scope = { node: knot[2], knot: knot[2], inFunction: Boolean(knot[1]), header: 'knot' };
    } else if (stitch?.[1] && scope.knot && !scope.inFunction) {
      scope = { ...scope, node: `${scope.knot}.${stitch[1]}`, header: 'stitch' };
    } else if (scope.header) {
      scope = { ...scope, header: undefined };
    }
    visit(line, index, scope);
  });
}

/**
 * The story's shape from its source: knots and stitches as nodes, diverts as edges. Read from the
 * text, not the compiled JSON, so it keeps line numbers and still draws while the story is broken.
 */
export function parseStoryMap(source: string): StoryMap {
  const lines = stripComments(source);
  const nodes: MapNode[] = [{ id: START, kind: 'start', line: 1 }];
  const labels = new Map<string, string>();
  const firstStitch = new Map<string, MapNode>();
  const hasOwnContent = new Set<string>();
  walk(lines, (line, index, scope) => {
    if (scope.inFunction) return;
    if (scope.header) {
      const node: MapNode = { id: scope.node, kind: scope.header, line: index + 1 };
      nodes.push(node);
      if (node.kind === 'stitch' && scope.knot && !firstStitch.has(scope.knot)) {
        firstStitch.set(scope.knot, node);
      }
      return;
    }
    if (line.trim() !== '') hasOwnContent.add(scope.node);
    const label = LABEL.exec(line)?.[1];
    if (label) labels.set(`${scope.knot ?? ''}.${label}`, scope.node);
  });

  const ids = new Set(nodes.map((n) => n.id));
  const resolve = (target: string, knot: string | undefined): string | undefined => {
    if (target === 'END' || target === 'DONE') return target;
    const inKnot = knot ? `${knot}.${target}` : undefined;
    if (inKnot && ids.has(inKnot)) return inKnot;
    if (ids.has(target)) return target;
    const label = labels.get(target.includes('.') ? target : `${knot ?? ''}.${target}`);
    if (label) return label;
    const head = target.split('.')[0] ?? '';
    return ids.has(head) ? head : undefined;
  };

  const edges = new Map<string, MapEdge>();
  const addEdge = (from: string, to: string, line: number) => {
    const key = `${from}\u0000${to}`;
    if (!edges.has(key)) edges.set(key, { from, to, line });
  };
  // A knot with no text before its first stitch flows straight into it.
  for (const [knot, stitch] of firstStitch) {
    if (!hasOwnContent.has(knot)) addEdge(knot, stitch.id, stitch.line);
  }
  const ends = new Set<string>();
  walk(lines, (line, index, scope) => {
    if (scope.inFunction) return;
    for (const m of line.matchAll(DIVERT)) {
      const to = m[1] ? resolve(m[1], scope.knot) : undefined;
      if (!to) continue;
      if (to === 'END' || to === 'DONE') ends.add(to);
      addEdge(scope.node, to, index + 1);
    }
  });
  for (const end of ['END', 'DONE']) {
    if (ends.has(end)) nodes.push({ id: end, kind: 'end', line: 0 });
  }
  return { nodes, edges: [...edges.values()].sort((a, b) => a.line - b.line) };
}
