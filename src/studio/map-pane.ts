import { h, uniqueId } from '../render/dom/h.ts';
import { layoutMap } from './map-layout.ts';
import { drawMap } from './map-svg.ts';
import { START, type MapNode, type StoryMap } from './story-map.ts';

export interface MapPane {
  show(map: StoryMap, visited: ReadonlySet<string>): void;
}

const labelOf = (id: string) => (id === START ? 'Start' : id);

/**
 * The story's knots as a picture and as a list: the list is the text alternative, and its line
 * buttons take the cursor to each knot in the editor.
 */
export function createMapPane(body: HTMLElement, goToLine: (line: number) => void): MapPane {
  const labelId = uniqueId('map-label');
  const caption = h('p', { id: labelId, class: 'studio-note' });
  const picture = h('div', { class: 'story-map-picture' });
  const list = h('ul', { class: 'story-map-list', 'aria-label': 'Knots and their diverts' });
  body.append(caption, picture, list);

  const item = (node: MapNode, map: StoryMap, visited: ReadonlySet<string>) => {
    const targets = map.edges.filter((e) => e.from === node.id).map((e) => labelOf(e.to));
    return h(
      'li',
      { class: visited.has(node.id) ? 'visited' : undefined },
      node.kind === 'end'
        ? h('strong', {}, labelOf(node.id))
        : h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'aria-label': `${labelOf(node.id)}, line ${node.line}`,
              onclick: () => goToLine(node.line),
            },
            labelOf(node.id),
          ),
      node.kind === 'stitch' ? ' (stitch)' : '',
      targets.length ? ` → ${targets.join(', ')}` : node.kind === 'end' ? '' : ' → no divert',
      visited.has(node.id)
        ? h('span', { class: 'visited-mark' }, ' · visited in the playtest')
        : '',
    );
  };

  return {
    show(map, visited) {
      const knots = map.nodes.filter((n) => n.kind === 'knot' || n.kind === 'stitch').length;
      caption.textContent = `${knots} knots and stitches, ${map.edges.length} diverts. Highlighted: where the playtest has been.`;
      const layout = layoutMap(map, labelOf);
      picture.replaceChildren(drawMap(map, layout, visited, labelOf, labelId));
      list.replaceChildren(...map.nodes.map((n) => item(n, map, visited)));
    },
  };
}
