import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MENU_ORDER_FILE, parseMenuOrder } from '../core/menu-order.ts';

describe('the shipped menu order', () => {
  it('places every shipped story exactly once, so none drops to the end by accident', () => {
    const shipped = readdirSync('stories')
      .filter((f) => f.endsWith('.ink'))
      .map((f) => f.replace(/\.ink$/, ''));
    const { ids, problems } = parseMenuOrder(
      readFileSync(MENU_ORDER_FILE, 'utf8'),
      new Set(shipped),
    );
    expect(problems).toEqual([]);
    expect([...ids].sort()).toEqual([...shipped].sort());
  });
});
