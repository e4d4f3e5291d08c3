import { NODE_HEIGHT, type MapLayout, type PlacedNode } from './map-layout.ts';
import type { StoryMap } from './story-map.ts';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

/** Down to the next row is a straight arrow; back up, sideways or to itself is a curve on the right. */
function edgePath(from: PlacedNode, to: PlacedNode): string {
  const half = NODE_HEIGHT / 2;
  if (to.layer > from.layer) return `M${from.x},${from.y + half} L${to.x},${to.y - half - 2}`;
  const [x1, x2] = [from.x + from.width / 2, to.x + to.width / 2];
  const bulge = Math.max(x1, x2) + 30 + Math.abs(from.y - to.y) / 4;
  if (from.id === to.id) {
    return `M${x1},${from.y - 6} C${x1 + 30},${from.y - 24} ${x1 + 30},${from.y + 24} ${x1 + 4},${from.y + 8}`;
  }
  return `M${x1},${from.y} C${bulge},${from.y} ${bulge},${to.y} ${x2 + 4},${to.y}`;
}

/**
 * The map as a picture. It is one image to assistive technology (labelled by `labelId`); the list
 * beside it says the same in words.
 */
export function drawMap(
  map: StoryMap,
  layout: MapLayout,
  visited: ReadonlySet<string>,
  labelOf: (id: string) => string,
  labelId: string,
): SVGSVGElement {
  const placed = new Map(layout.nodes.map((n) => [n.id, n]));
  const arrow = svg(
    'marker',
    {
      id: `${labelId}-arrow`,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 9,
      markerHeight: 9,
      // the same arrow on thin and thick (walked) edges
      markerUnits: 'userSpaceOnUse',
      orient: 'auto-start-reverse',
    },
    svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'map-arrow' }),
  );
  const edges = map.edges.flatMap((e) => {
    const [from, to] = [placed.get(e.from), placed.get(e.to)];
    if (!from || !to) return [];
    const walked = visited.has(e.from) && visited.has(e.to);
    return [
      svg('path', {
        d: edgePath(from, to),
        class: walked ? 'map-edge visited' : 'map-edge',
        'marker-end': `url(#${labelId}-arrow)`,
      }),
    ];
  });
  const nodes = layout.nodes.map((n) =>
    svg(
      'g',
      { class: `map-node${visited.has(n.id) ? ' visited' : ''}` },
      svg('rect', {
        x: n.x - n.width / 2,
        y: n.y - NODE_HEIGHT / 2,
        width: n.width,
        height: NODE_HEIGHT,
        rx: 6,
      }),
      svg(
        'text',
        { x: n.x, y: n.y, 'text-anchor': 'middle', 'dominant-baseline': 'central' },
        labelOf(n.id),
      ),
    ),
  );
  return svg(
    'svg',
    {
      class: 'story-map',
      role: 'img',
      'aria-labelledby': labelId,
      viewBox: `0 0 ${layout.width + 60} ${layout.height}`,
      width: layout.width + 60,
      height: layout.height,
    },
    svg('defs', {}, arrow),
    ...edges,
    ...nodes,
  );
}
