import { START, type StoryMap } from './story-map.ts';

export interface PlacedNode {
  id: string;
  /** Centre of the node's box. */
  x: number;
  y: number;
  width: number;
  layer: number;
}

export interface MapLayout {
  nodes: PlacedNode[];
  width: number;
  height: number;
}

export const NODE_HEIGHT = 32;
const ROW_GAP = 40;
const COLUMN_GAP = 24;
const MARGIN = 12;
const CHAR_WIDTH = 7.5;

export const nodeWidth = (label: string) =>
  Math.max(64, Math.round(label.length * CHAR_WIDTH) + 24);

/**
 * Layers by distance from the start (breadth first), so the story reads top to bottom; the ends
 * sit in a row of their own at the bottom, and anything no divert reaches sits just above them.
 */
export function layerNodes(map: StoryMap): Map<string, number> {
  const layer = new Map<string, number>([[START, 0]]);
  const queue = [START];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const depth = layer.get(id) ?? 0;
    for (const e of map.edges) {
      if (e.from !== id || layer.has(e.to)) continue;
      layer.set(e.to, depth + 1);
      queue.push(e.to);
    }
  }
  const isEnd = (id: string) => map.nodes.find((n) => n.id === id)?.kind === 'end';
  let deepest = 0;
  for (const [id, depth] of layer) if (!isEnd(id)) deepest = Math.max(deepest, depth);
  const unreached = map.nodes.some((n) => !layer.has(n.id) && n.kind !== 'end');
  for (const n of map.nodes) {
    if (n.kind === 'end') layer.set(n.id, deepest + (unreached ? 2 : 1));
    else if (!layer.has(n.id)) layer.set(n.id, deepest + 1);
  }
  return layer;
}

/** Places each layer's nodes in a centred row: enough for the small stories a trainer writes. */
export function layoutMap(map: StoryMap, labelOf: (id: string) => string): MapLayout {
  const layers = layerNodes(map);
  const rows = new Map<number, string[]>();
  for (const n of map.nodes) {
    const depth = layers.get(n.id) ?? 0;
    rows.set(depth, [...(rows.get(depth) ?? []), n.id]);
  }
  const depths = [...rows.keys()].sort((a, b) => a - b);
  const rowWidth = (ids: string[]) =>
    ids.reduce((w, id) => w + nodeWidth(labelOf(id)), 0) + COLUMN_GAP * (ids.length - 1);
  const width = Math.max(...depths.map((d) => rowWidth(rows.get(d) ?? []))) + MARGIN * 2;
  const nodes: PlacedNode[] = [];
  depths.forEach((depth, row) => {
    const ids = rows.get(depth) ?? [];
    let left = (width - rowWidth(ids)) / 2;
    const y = MARGIN + row * (NODE_HEIGHT + ROW_GAP) + NODE_HEIGHT / 2;
    for (const id of ids) {
      const w = nodeWidth(labelOf(id));
      nodes.push({ id, x: left + w / 2, y, width: w, layer: row });
      left += w + COLUMN_GAP;
    }
  });
  const height = MARGIN * 2 + depths.length * NODE_HEIGHT + (depths.length - 1) * ROW_GAP;
  return { nodes, width, height };
}
