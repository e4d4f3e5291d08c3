import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureJson, STORIES } from '../../test/helpers/fixtures.ts';
import { compileInkSource } from '../build/compile-ink.ts';
import { exploreStory } from './explore.ts';
import { lintJudgement } from './judgement-lint.ts';
import { routeTree } from './route-graph.ts';
import { routesOfGraph, unfoldsCut } from './route-walk.ts';

function storyJson(file: string): string {
  const { json } = compileInkSource(path.join(STORIES, file));
  if (!json) throw new Error(`${file} did not compile`);
  return json;
}

describe('the judgement lint walked on the explored graph', () => {
  // The checker lints the graph, not the tree of every route unfolded from it: each warning, with
  // the route it names, must be the one the unfolded tree gives.
  it.each([
    ['judge-routes', fixtureJson('judge-routes.ink')],
    ['trade-off', fixtureJson('trade-off.ink')],
    ['ten-merged', fixtureJson('loops/ten-merged.ink')],
    ['your-call-now', storyJson('your-call-now.ink')],
  ])('%s: the same warnings as the unfolded tree of routes', (_, json) => {
    const routes = exploreStory(json).routes!;
    const tree = routeTree(routes);
    expect(tree.cut).toBe(false);
    expect(unfoldsCut(routes, () => routeTree(routes))).toBe(false);
    const warnings = lintJudgement(json, routesOfGraph(routes));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings).toEqual(lintJudgement(json, tree));
  });

  it('says the tree would be cut exactly when unfolding it is, by its node and depth bounds', () => {
    const routes = exploreStory(fixtureJson('loops/ten-merged.ink')).routes!;
    for (const [nodes, depth] of [
      [200_000, 80],
      [200_000, 10],
      [200_000, 9],
      [1_000, 80],
      [50, 5],
    ] as const) {
      const unfold = () => routeTree(routes, nodes, depth);
      expect(unfoldsCut(routes, unfold, nodes, depth)).toBe(unfold().cut);
    }
    const hub = exploreStory(fixtureJson('loops/sticky-hub.ink')).routes!;
    expect(unfoldsCut(hub, () => routeTree(hub))).toBe(true);
  });
});
