import { describe, expect, it } from 'vitest';
import { layerNodes, layoutMap } from './map-layout.ts';
import { parseStoryMap } from './story-map.ts';

const source = [
  '* [A] -> a',
  '* [B] -> b',
  '=== a ===',
  '-> c',
  '=== b ===',
  '-> c',
  '=== c ===',
  '-> a',
  '-> END',
  '=== orphan ===',
  '-> END',
].join('\n');

describe('the map layout', () => {
  it('layers knots by their distance from the start, ends last, unreached just above them', () => {
    const layers = layerNodes(parseStoryMap(source));
    expect(Object.fromEntries(layers)).toEqual({
      START: 0,
      a: 1,
      b: 1,
      c: 2,
      orphan: 3,
      END: 4,
    });
  });

  it('places every node in its row without overlaps', () => {
    const layout = layoutMap(parseStoryMap(source), (id) => id);
    expect(layout.nodes).toHaveLength(6);
    const rowOf = (id: string) => layout.nodes.find((n) => n.id === id);
    expect(rowOf('a')?.y).toBe(rowOf('b')?.y);
    expect(rowOf('c')?.y).toBeGreaterThan(rowOf('a')?.y ?? 0);
    const [a, b] = [rowOf('a'), rowOf('b')];
    expect(Math.abs((a?.x ?? 0) - (b?.x ?? 0))).toBeGreaterThanOrEqual(
      ((a?.width ?? 0) + (b?.width ?? 0)) / 2,
    );
    for (const n of layout.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(layout.width);
      expect(n.y).toBeLessThan(layout.height);
    }
  });
});
