import type { CompiledStory } from './compiled-story.ts';
import { debriefOf, type DebriefView } from './debrief.ts';
import { decisionTree, type TreeNode } from './decision-tree.ts';
import { Encounter } from './encounter.ts';
import type { Exploration } from './explore.ts';
import { drawsRandom } from './luck-cache.ts';
import { luckWorlds } from './luck-worlds.ts';
import { routeTree } from './route-graph.ts';

/** How the debrief reads one path: the figures and words a learner on that path would see. */
export interface PathReading {
  choices: number[];
  /** The seed the path was played with: in a random story, one way its rolls go. */
  seed: number;
  random: boolean;
  overall: number;
  readings: { label: string; display: string }[];
  verdict: string;
  test: string;
  failure?: string;
}

/**
 * The judgement's promise for a story, checked on every best-serving path (100%, full marks,
 * ALIVE) and every worst path (DEAD, not better off, the failure named): one example of each, and
 * every path that breaks the promise with what broke.
 */
export interface JudgementReport {
  best: PathReading;
  worst: PathReading;
  bestPaths: number;
  worstPaths: number;
  broken: string[];
  /** The tree walk stopped at its budget: only the routes walked were checked. */
  cut: boolean;
}

const sum = (effects: readonly { amount: number }[]) => effects.reduce((s, e) => s + e.amount, 0);

function leaves(root: TreeNode): { path: number[]; total: number }[] {
  const out: { path: number[]; total: number }[] = [];
  const walk = (node: TreeNode, so: number) => {
    if (node.kind === 'end') out.push({ path: node.path, total: so });
    else for (const b of node.branches) walk(b.next, so + sum(b.effects));
  };
  walk(root, 0);
  return out;
}

function readingOf(
  choices: number[],
  seed: number,
  random: boolean,
  view: DebriefView,
): PathReading {
  return {
    choices,
    seed,
    random,
    overall: view.overall.percent,
    readings: view.qualities.map((q) => ({ label: q.label, display: q.display })),
    verdict: view.verdict.heading,
    test: view.verdict.test.text,
    ...(view.verdict.failure ? { failure: view.verdict.failure.text } : {}),
  };
}

const named = (r: Pick<PathReading, 'choices' | 'seed' | 'random'>) =>
  `${r.random ? `seed ${r.seed}: ` : ''}${r.choices.map((i) => i + 1).join(',')}`;

/**
 * The best and worst paths a learner can meet, with the seed to play them: one tree for a story
 * without randomness; for a random story one per way its rolls go, each read against that luck.
 */
function treesOf(story: CompiledStory, exploration?: Exploration) {
  if (!drawsRandom(story.json)) {
    const routes = exploration?.routes;
    return [{ seed: 0, tree: routes ? routeTree(routes) : decisionTree(story.json) }];
  }
  return luckWorlds(story.json, undefined, exploration).worlds.map(({ seeds: [seed = 0] }) => ({
    seed,
    tree: decisionTree(story.json, undefined, undefined, seed),
  }));
}

/** `exploration`, when given, lends its explored routes so ink is not walked again. */
export function judgementReport(
  story: CompiledStory,
  aliveAt?: number,
  exploration?: Exploration,
): JudgementReport {
  const random = drawsRandom(story.json);
  const trees = treesOf(story, exploration);
  const read = (seed: number, path: number[]) => {
    const replay = Encounter.resume(story.json, path, { seed });
    if (!replay.ok) throw new Error(`${story.id}: ${replay.error.reason}`);
    const settings = { outlooks: [], ...(aliveAt !== undefined ? { aliveAt } : {}) };
    return readingOf(path, seed, random, debriefOf(story, replay.value, settings));
  };
  const bests: PathReading[] = [];
  const worsts: PathReading[] = [];
  for (const { seed, tree } of trees) {
    const all = leaves(tree.root);
    const top = Math.max(...all.map((p) => p.total));
    const bottom = Math.min(...all.map((p) => p.total));
    bests.push(...all.filter((p) => p.total === top).map((p) => read(seed, p.path)));
    worsts.push(...all.filter((p) => p.total === bottom).map((p) => read(seed, p.path)));
  }
  const broken: string[] = [];
  for (const r of bests) {
    const short = r.readings.filter((q) => /(^|\D)\d{1,2}%/.test(q.display));
    const problems = [
      ...(r.overall < 100 ? [`overall ${r.overall}%`] : []),
      ...short.map((q) => `${q.label} ${q.display}`),
      ...(r.verdict.includes('ALIVE') ? [] : [r.verdict]),
    ];
    if (problems.length) broken.push(`best path ${named(r)}: ${problems.join('; ')}`);
  }
  for (const r of worsts) {
    const problems = [
      ...(r.verdict.includes('DEAD') ? [] : [r.verdict]),
      ...(/(?<!no )better off/.test(r.test) ? [r.test] : []),
      ...(r.failure ? [] : ['no failure named']),
    ];
    if (problems.length) broken.push(`worst path ${named(r)}: ${problems.join('; ')}`);
  }
  return {
    best: bests[0]!,
    worst: worsts[0]!,
    bestPaths: bests.length,
    worstPaths: worsts.length,
    broken,
    cut: trees.some((t) => t.tree.cut),
  };
}

function pathLines(title: string, r: PathReading): string[] {
  return [
    `${title} ${named(r)}: ${r.overall}%, ${r.verdict}`,
    `  ${r.test}`,
    ...(r.failure ? [`  ${r.failure}`] : []),
    `  ${r.readings.map((q) => `${q.label} ${q.display}`).join('; ')}`,
  ];
}

/** The report's judgement section: readings and verdict checks, then the checker's warnings. */
export function formatJudgement(r: JudgementReport, warnings: readonly string[]): string {
  return [
    `judgement${r.cut ? ' (routes cut at the walk budget: only those walked were checked)' : ''}:`,
    ...pathLines(`  best path (1 of ${r.bestPaths})`, r.best).map((l) => `  ${l}`),
    ...pathLines(`  worst path (1 of ${r.worstPaths})`, r.worst).map((l) => `  ${l}`),
    r.broken.length
      ? `  checks: ${r.broken.length} BROKEN`
      : `  checks: every best path 100%, full marks, ALIVE; every worst path DEAD, not better off, failure named`,
    ...r.broken.map((b) => `    ${b}`),
    `judgement warnings: ${warnings.length}`,
    ...warnings.map((w) => `  ${w}`),
  ].join('\n');
}
