import { locate, locateKnot, type Diagnostic } from './diagnostic.ts';
import { exploreStory, graphReadsOf, type Exploration, type ExploreOptions } from './explore.ts';
import { checkExternals } from './externals.ts';
import { checkSourceTags } from './source-tags.ts';
import { checkPresenceNames } from './presence-lint.ts';
import { approximateAllowed, parseStoryMeta, type StoryMeta } from './story-meta.ts';
import { lintScoring, unreachedEndings, type LintFinding } from './story-lint.ts';
import { lintChoices } from './choice-lint.ts';
import { decisionTree } from './decision-tree.ts';
import { routeTree } from './route-graph.ts';
import { routesOfGraph, unfoldsCut } from './route-walk.ts';
import { lintJudgement } from './judgement-lint.ts';
import { lintOptions } from './option-lint.ts';
import { globalTagsOf } from './global-tags.ts';
import { drawsRandom } from './luck-cache.ts';
import { judgeLuck, luckWorlds } from './luck-worlds.ts';
import { drawLine, luckWarning } from './luck-warning.ts';

export interface StoryCheck {
  diagnostics: Diagnostic[];
  meta?: StoryMeta;
  exploration?: Exploration;
}

const hasErrors = (ds: readonly Diagnostic[]) => ds.some((d) => d.severity === 'error');

/** Tag problems in the sources, with their lines: cheap, and valid even when ink fails to compile. */
export function checkSources(sources: ReadonlyMap<string, string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [file, text] of sources) {
    for (const p of [...checkSourceTags(text), ...checkPresenceNames(text)])
      diagnostics.push({ file, ...p });
  }
  diagnostics.push(...checkExternals(sources));
  return diagnostics;
}

/**
 * Everything the build, the checker CLI and the Studio say about a compiled story beyond syntax:
 * the tag contract, missing globals, paths without an ending, and how the story scores.
 * `sources` maps each file's display name to its text; `rootFile` is the story's own name.
 */
export function checkCompiledStory(
  json: string,
  sources: ReadonlyMap<string, string>,
  rootFile: string,
  options: ExploreOptions = {},
  explore: (json: string, options: ExploreOptions) => Exploration = exploreStory,
): StoryCheck {
  const diagnostics = checkSources(sources);
  if (hasErrors(diagnostics)) return { diagnostics };
  const pin = (near: string | undefined) => locate(near, sources) ?? { file: rootFile, line: 1 };

  const { meta, problems } = parseStoryMeta(globalTagsOf(json));
  // A global tag's warning is already in the source check, with its line.
  for (const p of problems)
    if (p.severity === 'error') diagnostics.push({ file: rootFile, line: 1, ...p });

  const exploration = explore(json, options);
  const flagged = new Set(diagnostics.map((d) => `${d.file}:${d.line}`));
  for (const p of exploration.problems) {
    const spot = (p.knot ? locateKnot(p.knot, sources) : undefined) ?? pin(p.near);
    if (p.near && flagged.has(`${spot.file}:${spot.line}`)) continue;
    if (diagnostics.some((d) => d.message === p.message)) continue;
    diagnostics.push({
      ...spot,
      severity: p.severity,
      message: p.message,
      ...(p.hint ? { hint: p.hint } : {}),
    });
  }
  for (const dead of exploration.deadEnds) {
    diagnostics.push({
      ...pin(dead.lastLine),
      severity: 'error',
      message: `a path ends without '#ending:' (after choices ${dead.path.map((i) => i + 1).join(', ') || 'none'})`,
      hint: "tag the last line of every ending with '#ending: TITLE'",
    });
  }
  for (const spot of exploration.endless) {
    diagnostics.push({
      ...(locate(`[${spot.near}`, sources) ?? pin(spot.near)),
      severity: 'error',
      message: `from the decision starting '${spot.near}' no choice ever reaches an end: the story loops for ever`,
      hint: 'give the loop a way out: a choice that diverts to -> END or to a knot that ends',
    });
  }
  for (const spot of exploration.farmed) {
    diagnostics.push({
      ...(locate(`[${spot.near}`, sources) ?? pin(spot.near)),
      severity: 'warning',
      message: `choice '${spot.near}' scores and can be taken again and again in a loop: a learner could pile up points`,
      hint: "make it once-only with '*' instead of '+', or move its score to a choice that leaves the loop",
    });
  }
  if (!exploration.exact) {
    const allowed = approximateAllowed(meta);
    diagnostics.push({
      file: rootFile,
      line: 1,
      severity: allowed ? 'warning' : 'error',
      message: `score ranges are approximate: exploration stopped at ${exploration.cut ?? 'a bound'} after ${exploration.states} story states`,
      hint: allowed
        ? 'the debrief marks its percentages as approximate'
        : "share knots between branches only where the story's state really is the same, or add '# scoring: approximate' to ship it with approximate scores",
    });
  }
  // How the judgement will read: warnings, never errors, so a story in rewrite still builds. A
  // random story is judged on each way its rolls go, as its learners are read.
  const luck = drawsRandom(json) ? luckWorlds(json, undefined, exploration) : undefined;
  const routes = exploration.routes;
  const judged: LintFinding[] = [...lintOptions(exploration.choicePoints)];
  // Rolls that change no route are judged on the one set of routes, as a story without luck.
  if (luck && luck.steers !== false) judged.push(...judgeLuck(json, luck));
  else if (routes) {
    // Walked on the explorer's graph, not unfolded into every route: the same warnings.
    if (!unfoldsCut(routes, () => routeTree(routes)))
      judged.push(
        ...lintJudgement(json, routesOfGraph(routes), undefined, graphReadsOf(exploration)),
      );
  } else {
    const tree = decisionTree(json);
    if (!tree.cut) judged.push(...lintJudgement(json, tree));
  }
  // Worked out on the graph over every outcome, as a game of the learner's choices against luck.
  const warning = exploration.luck && luckWarning(exploration.luck, sources, rootFile);
  if (warning) diagnostics.push(warning);
  for (const f of lintChoices(sources)) diagnostics.push({ ...f, severity: 'warning' });
  const said = new Set<string>();
  for (const f of [...lintScoring(exploration), ...judged]) {
    if (said.has(f.message)) continue;
    said.add(f.message);
    const spot = locate(`[${f.near}`, sources) ?? pin(f.near);
    diagnostics.push({
      ...spot,
      severity: f.severity,
      message: f.message,
      ...(f.hint ? { hint: f.hint } : {}),
      ...(f.rule ? { rule: f.rule } : {}),
    });
  }
  if (exploration.exact) {
    for (const e of unreachedEndings(sources, exploration)) {
      diagnostics.push({
        file: e.file,
        line: e.line,
        severity: 'warning',
        message: `no path reaches the ending '${e.title}'`,
      });
    }
  }
  return { diagnostics, meta, exploration: withDrawLines(exploration, sources, rootFile) };
}

/** The exploration with each listed roll's draw placed in the sources, for the report's roll list. */
function withDrawLines(
  x: Exploration,
  sources: ReadonlyMap<string, string>,
  rootFile: string,
): Exploration {
  if (!x.luck?.rolls.length) return x;
  const rolls = x.luck.rolls.map((r) => {
    const at = drawLine(sources, r, rootFile);
    return at ? { ...r, at } : r;
  });
  return { ...x, luck: { ...x.luck, rolls } };
}
