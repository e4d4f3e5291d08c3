import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../build/compile-ink.ts';
import { STORIES } from '../../test/helpers/fixtures.ts';
import { debriefOf } from './debrief.ts';
import { decisionTree, type TreeNode } from './decision-tree.ts';
import { Encounter } from './encounter.ts';

const sum = (effects: readonly { amount: number }[]) => effects.reduce((s, e) => s + e.amount, 0);

/** Every complete path with its total, from the story's tree of routes. */
function pathsOf(json: string): { path: number[]; total: number }[] {
  const out: { path: number[]; total: number }[] = [];
  const walk = (node: TreeNode, so: number, path: number[]) => {
    if (node.kind === 'end') out.push({ path, total: so });
    else node.branches.forEach((b, i) => walk(b.next, so + sum(b.effects), [...path, i]));
  };
  walk(decisionTree(json).root, 0, []);
  return out;
}

const files = readdirSync(STORIES).filter((f) => f.endsWith('.ink'));

// The judgement's promise for every story in stories/, old or new (issue 13's "Done when").
describe.each(files)('the judgement of %s', (file) => {
  it('reads every best-serving path 100%, full marks, ALIVE; every worst path DEAD, never better off, with the failure named', () => {
    const outcome = compileInkFile(path.join(STORIES, file), STORIES);
    const story = outcome.story;
    if (!story) throw new Error(`${file} does not compile`);
    const paths = pathsOf(story.json);
    const best = Math.max(...paths.map((p) => p.total));
    const worst = Math.min(...paths.map((p) => p.total));
    const read = (choices: number[]) => {
      const replay = Encounter.resume(story.json, choices, { seed: 0 });
      if (!replay.ok) throw new Error(replay.error.reason);
      return debriefOf(story, replay.value, { outlooks: [] });
    };
    for (const { path: choices } of paths.filter((p) => p.total === best)) {
      const view = read(choices);
      const where = `${file} best path ${choices.map((i) => i + 1).join(',')}`;
      expect(view.overall.percent, where).toBe(100);
      const short = view.qualities.filter((q) => q.percent !== null && q.percent < 100);
      expect(
        short.map((q) => `${q.id} ${q.display}`),
        where,
      ).toEqual([]);
      expect(view.verdict.heading, `${where}: ${view.verdict.test.text}`).toBe(
        'You served: ALIVE service',
      );
    }
    for (const { path: choices } of paths.filter((p) => p.total === worst)) {
      const view = read(choices);
      const where = `${file} worst path ${choices.map((i) => i + 1).join(',')}`;
      expect(view.verdict.served, where).toBe(false);
      expect(view.verdict.test.betterOff, `${where}: ${view.verdict.test.text}`).toBe(false);
      expect(view.verdict.failure?.text, where).toBeTruthy();
    }
  });
});
