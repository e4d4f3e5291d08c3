import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureJson, STORIES } from '../../test/helpers/fixtures.ts';
import { compileInkSource } from '../build/compile-ink.ts';
import { decisionTree } from './decision-tree.ts';
import { exploreStory } from './explore.ts';
import { routeTree } from './route-graph.ts';

function storyJson(file: string): string {
  const { json } = compileInkSource(path.join(STORIES, file));
  if (!json) throw new Error(`${file} did not compile`);
  return json;
}

describe('routes read from the explored state graph', () => {
  // The checker's judgement warnings read these routes instead of walking ink a second time, so
  // they must be exactly the routes ink walks: same decisions, options, scores, endings and cuts.
  it.each([
    ['judge-routes', fixtureJson('judge-routes.ink')],
    ['trade-off', fixtureJson('trade-off.ink')],
    ['variables', fixtureJson('variables.ink')],
    ['late-news', fixtureJson('late-news.ink')],
    ['small-desk', fixtureJson('small-desk.ink')],
    ['sticky-hub', fixtureJson('loops/sticky-hub.ink')],
    ['ten-merged', fixtureJson('loops/ten-merged.ink')],
    ['not-my-job', storyJson('not-my-job.ink')],
  ])('%s: the same tree as a walk through ink', (_, json) => {
    const x = exploreStory(json);
    expect(x.routes).toBeDefined();
    expect(routeTree(x.routes!, 5_000, 40)).toEqual(decisionTree(json, 5_000, 40));
  });

  it('are not offered for a random branch, whose options ink walks with one seed', () => {
    expect(exploreStory(fixtureJson('loops/random-branch.ink')).routes).toBeUndefined();
  });

  it('are not offered when a bound cut the exploration', () => {
    const x = exploreStory(fixtureJson('loops/ten-merged.ink'), { maxStates: 5 });
    expect(x.exact).toBe(false);
    expect(x.routes).toBeUndefined();
  });
});
