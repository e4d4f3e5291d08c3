import { describe, expect, it } from 'vitest';
import { parseStoryMap, START } from './story-map.ts';
import { TEMPLATE_STORY } from './template-story.ts';

const edgesOf = (source: string) => parseStoryMap(source).edges.map((e) => `${e.from} -> ${e.to}`);

describe('the story map', () => {
  it('finds knots and stitches with their lines', () => {
    const map = parseStoryMap(
      'Hi\n-> a\n=== a ===\nText\n-> b\n== b\n= one\n-> END\n= two\n-> DONE',
    );
    expect(map.nodes).toEqual([
      { id: START, kind: 'start', line: 1 },
      { id: 'a', kind: 'knot', line: 3 },
      { id: 'b', kind: 'knot', line: 6 },
      { id: 'b.one', kind: 'stitch', line: 7 },
      { id: 'b.two', kind: 'stitch', line: 9 },
      { id: 'END', kind: 'end', line: 0 },
      { id: 'DONE', kind: 'end', line: 0 },
    ]);
  });

  it('turns diverts into edges, once per pair, with the line of the first', () => {
    const map = parseStoryMap('* [A] -> next\n* [B] -> next\n=== next ===\n-> END');
    expect(map.edges).toEqual([
      { from: START, to: 'next', line: 1 },
      { from: 'next', to: 'END', line: 4 },
    ]);
  });

  it('resolves a stitch name inside its knot, and knot.stitch from anywhere', () => {
    const source = '-> k.b\n=== k ===\n= a\n-> b\n= b\n-> END';
    expect(edgesOf(source)).toEqual(['START -> k.b', 'k -> k.a', 'k.a -> k.b', 'k.b -> END']);
  });

  it('enters the first stitch of a knot that has no text of its own', () => {
    expect(edgesOf('-> k\n=== k ===\n= a\n-> END')).toEqual([
      'START -> k',
      'k -> k.a',
      'k.a -> END',
    ]);
    expect(edgesOf('-> k\n=== k ===\nHello\n-> END\n= a\n-> END')).not.toContain('k -> k.a');
  });

  it('points a divert to a label at the knot or stitch holding it', () => {
    expect(edgesOf('=== k ===\n- (again) Hi\n* [Again] -> again\n* [Done] -> END')).toEqual([
      'k -> k',
      'k -> END',
    ]);
  });

  it('reads tunnels and threads, and skips comments, functions and unknown targets', () => {
    const source = [
      '-> t -> // back here ->  ignored',
      '<- side',
      '-> nowhere',
      '=== t ===',
      '->->',
      '=== side ===',
      '/* -> t */ Side.',
      '-> DONE',
      '=== function f(x) ===',
      '~ return x',
    ].join('\n');
    expect(edgesOf(source)).toEqual(['START -> t', 'START -> side', 'side -> DONE']);
    expect(parseStoryMap(source).nodes.map((n) => n.id)).not.toContain('f');
  });

  it('maps the template story', () => {
    expect(edgesOf(TEMPLATE_STORY)).toEqual([
      'START -> search',
      'search -> search.email',
      'search.email -> END',
    ]);
  });
});
