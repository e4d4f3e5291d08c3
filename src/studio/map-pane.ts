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
  // Focusable, so a zoomed map can be scrolled by keyboard.
  const picture = h('div', {
    class: 'story-map-picture',
    tabindex: '0',
    role: 'group',
    'aria-label': 'Map picture',
  });
  const list = h('ul', { class: 'story-map-list', 'aria-label': 'Knots and their diverts' });
  // 'fit' shrinks the picture to the pane; a number is a scale of its natural size, scrolled.
  let zoom: number | 'fit' = 'fit';
  const zoomStatus = h('span', { class: 'studio-note', role: 'status' }, 'Fitted to the pane');
  const applyZoom = () => {
    const svg = picture.querySelector('svg');
    if (!svg) return;
    const [width, height] = (svg.getAttribute('viewBox') ?? '0 0 0 0')
      .split(' ')
      .slice(2)
      .map(Number);
    picture.classList.toggle('zoomed', zoom !== 'fit');
    if (zoom === 'fit') {
      svg.setAttribute('width', String(width));
      svg.setAttribute('height', String(height));
      zoomStatus.textContent = 'Fitted to the pane';
    } else {
      svg.setAttribute('width', String(Math.round((width ?? 0) * zoom)));
      svg.setAttribute('height', String(Math.round((height ?? 0) * zoom)));
      zoomStatus.textContent = `Zoom ${Math.round(zoom * 100)}%`;
    }
  };
  const fitted = () => {
    const svg = picture.querySelector('svg');
    const natural = Number((svg?.getAttribute('viewBox') ?? '0 0 1 1').split(' ')[2]) || 1;
    return Math.min(1, picture.clientWidth / natural || 1);
  };
  const zoomBy = (factor: number) => {
    const from = zoom === 'fit' ? fitted() : zoom;
    zoom = Math.min(4, Math.max(0.25, from * factor));
    applyZoom();
  };
  const controls = h(
    'div',
    { class: 'story-map-zoom', role: 'group', 'aria-label': 'Map zoom' },
    h('button', { type: 'button', onclick: () => zoomBy(1 / 1.25) }, 'Zoom out'),
    h('button', { type: 'button', onclick: () => zoomBy(1.25) }, 'Zoom in'),
    h('button', { type: 'button', onclick: () => ((zoom = 'fit'), applyZoom()) }, 'Fit'),
    zoomStatus,
  );
  body.append(caption, controls, picture, list);

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
      applyZoom();
      list.replaceChildren(...map.nodes.map((n) => item(n, map, visited)));
    },
  };
}
