import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/fixtures.ts';
import { decisionTree, type TreeNode } from './decision-tree.ts';

const depth = (node: TreeNode): number =>
  node.kind === 'end' ? 0 : 1 + Math.max(...node.branches.map((b) => depth(b.next)));

describe('the tree of routes', () => {
  it('stops a hub the learner can loop through at its depth bound, marked cut, instead of overflowing', () => {
    const tree = decisionTree(fixtureJson('loop.ink'), 200_000, 40);
    expect(tree.cut).toBe(true);
    expect(depth(tree.root)).toBe(40);
  });

  it('walks a story without loops whole', () => {
    const tree = decisionTree(fixtureJson('small-desk.ink'));
    expect(tree.cut).toBe(false);
    expect(tree.root.kind).toBe('decision');
  });
});
