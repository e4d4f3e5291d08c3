import type { ChoiceEffect } from './beat.ts';
import type { DecisionTree, TreeNode } from './decision-tree.ts';
import type { StateGraph } from './state-graph.ts';

/** One decision's options as the route tree needs them. */
export interface Menu {
  texts: string[];
  effects: ChoiceEffect[][];
}

/**
 * The explored state graph in a form that survives the exploration cache (plain JSON, menus shared):
 * what the checker's judgement warnings and the report's route facts read, so they need no second
 * walk through ink. `nodes[i]` is [menu index or -1 at an end, ending title or '', target of each option].
 */
export interface RouteGraph {
  menus: Menu[];
  nodes: [number, string, number[]][];
}

/**
 * The graph's routes, or undefined when they cannot stand for ink's own: exploration was cut, or a
 * random branch gives one option several outcomes (a walk through ink with one seed takes one).
 * `oneSeed`: the graph follows one seed's rolls (luck.ts), so each option has that seed's outcome.
 */
export function routeGraphOf(g: StateGraph, oneSeed = false): RouteGraph | undefined {
  if (g.cut || (g.flow.random && !oneSeed)) return undefined;
  const menus: Menu[] = [];
  const menuIds = new Map<string, number>();
  const nodes: RouteGraph['nodes'] = [];
  for (const node of g.nodes) {
    if (node.kind === 'open') return undefined;
    const targets = node.kind === 'start' ? [-1] : node.options.map((o) => o.index);
    const to = targets.map((option) => node.edges.find((e) => e.option === option)?.to ?? -1);
    if (node.kind !== 'decision' && node.kind !== 'start') {
      nodes.push([-1, node.ending ?? '', []]);
      continue;
    }
    const menu: Menu = {
      texts: node.options.map((o) => o.text),
      effects: node.options.map((o) => o.effects),
    };
    const key = JSON.stringify(menu);
    let id = menuIds.get(key);
    if (id === undefined) {
      id = menus.length;
      menus.push(menu);
      menuIds.set(key, id);
    }
    nodes.push([node.kind === 'start' ? -2 : id, '', to]);
  }
  return { menus, nodes };
}

/**
 * Every route as a tree of decisions, unfolded from the state graph with the same bounds, order
 * and leaves as `decisionTree` walking ink: the same tree without running the story again.
 */
export function routeTree(r: RouteGraph, maxNodes = 200_000, maxDepth = 80): DecisionTree {
  let count = 0;
  let cut = false;
  const path: number[] = [];
  const walk = (id: number): TreeNode => {
    count++;
    const [menuId, ending] = r.nodes[id] ?? [-1, ''];
    const menu = r.menus[menuId];
    if (!menu || count > maxNodes || path.length >= maxDepth) {
      if (menu) cut = true;
      return { kind: 'end', ending: menu ? undefined : ending || undefined, path: [...path] };
    }
    const to = r.nodes[id]![2];
    const branches = menu.texts.map((text, index) => {
      path.push(index);
      const next = walk(to[index]!);
      path.pop();
      return { text, effects: menu.effects[index]!, next };
    });
    return { kind: 'decision', signature: menu.texts.join('\u0001'), branches };
  };
  const start = r.nodes[0]?.[2][0] ?? -1;
  return { root: walk(start), cut };
}
