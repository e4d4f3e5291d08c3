import { describe, expect, it } from 'vitest';
import { inMenuOrder, parseMenuOrder, startHere } from './menu-order.ts';

const known = new Set(['hotel-heat', 'table-six', 'three-chats', 'forgotten-item']);

describe('the menu order list', () => {
  it('reads one story per line, with comments and blank lines, in the order written', () => {
    const text = '# why this order\n\ntable-six   # start here\nhotel-heat.ink\n  three-chats\n';
    expect(parseMenuOrder(text, known)).toEqual({
      ids: ['table-six', 'hotel-heat', 'three-chats'],
      problems: [],
    });
  });

  it('names the line of a story that does not exist or is listed twice, and keeps the rest', () => {
    const { ids, problems } = parseMenuOrder(
      'table-six\nhotel-heet\ntable-six\nhotel-heat three-chats\nthree-chats\n',
      known,
    );
    expect(ids).toEqual(['table-six', 'three-chats']);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      "stories/menu-order.txt:2: 'hotel-heet' is not a story in stories/",
      "stories/menu-order.txt:3: 'table-six' is listed twice",
      "stories/menu-order.txt:4: 'hotel-heat three-chats' is not one story id",
    ]);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });
});

describe('the menu in the recommended order', () => {
  const story = (id: string, title: string) => ({ id, title });
  const entries = [
    story('zebra', 'A Zebra at the Desk'),
    story('hotel-heat', 'The Heat in Room 412'),
    story('new-one', 'Brand New Story'),
    story('table-six', 'The Face at Table Six'),
  ];
  const sorted = (order: string[]) =>
    inMenuOrder(
      entries,
      order,
      (e) => e.id,
      (e) => e.title,
    ).map((e) => e.id);

  it('lists the named stories first, as listed, and a story not in the list after them by title', () => {
    expect(sorted(['table-six', 'hotel-heat'])).toEqual([
      'table-six',
      'hotel-heat',
      'zebra',
      'new-one',
    ]);
  });

  it('falls back to title order without a list', () => {
    expect(sorted([])).toEqual(['zebra', 'new-one', 'table-six', 'hotel-heat']);
  });

  it('points a new learner to the first listed story that is on offer', () => {
    expect(startHere(['hotel-heat', 'table-six'], ['missing', 'table-six', 'hotel-heat'])).toBe(
      'table-six',
    );
    expect(startHere(['zebra'], ['table-six'])).toBeUndefined();
  });
});
