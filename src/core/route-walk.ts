import type { ChoiceEffect } from './beat.ts';
import type { DecisionTree, TreeNode } from './decision-tree.ts';
import type { Menu, RouteGraph } from './route-graph.ts';

/**
 * A story's routes as the judgement lint walks them: a graph of decisions (`menu` set) and ends,
 * entered at `start`. From the explorer's graph each decision state appears once however many
 * routes reach it; from a decision tree (a random story's rolls, walked through ink) once per route.
 */
export interface Routes {
  menus: (Menu | undefined)[];
  ending: (string | undefined)[];
  /** Per node, the node each option leads to (-1: nowhere, read as an end without a title). */
  to: number[][];
  start: number;
}

/** The explorer's route graph as the lint walks it (node 0 is its start, not a decision). */
export function routesOfGraph(r: RouteGraph): Routes {
  return {
    menus: r.nodes.map(([menu]) => r.menus[menu]),
    ending: r.nodes.map(([, ending]) => ending || undefined),
    to: r.nodes.map(([, , to]) => to),
    start: r.nodes[0]?.[2][0] ?? -1,
  };
}

/** A decision tree as routes: every tree node its own graph node. */
export function routesOfTree(tree: DecisionTree): Routes {
  const routes: Routes = { menus: [], ending: [], to: [], start: 0 };
  const add = (node: TreeNode): number => {
    const id = routes.menus.length;
    routes.to.push([]);
    if (node.kind === 'end') {
      routes.menus.push(undefined);
      routes.ending.push(node.ending);
      return id;
    }
    routes.menus.push({
      texts: node.branches.map((b) => b.text),
      // The tree's own arrays: the lint adds up each choice once, keyed by its array.
      effects: node.branches.map((b) => b.effects as ChoiceEffect[]),
    });
    routes.ending.push(undefined);
    routes.to[id] = node.branches.map((b) => add(b.next));
    return id;
  };
  add(tree.root);
  return routes;
}

/**
 * Whether unfolding the graph into its tree of routes, as `routeTree` does, would be cut by its
 * bounds (a decision `maxDepth` choices in, or more than `maxNodes` tree nodes), counted on the
 * graph without unfolding it. A loop unfolds without end, so it is cut. Past `maxNodes` alone the
 * answer depends on the order `routeTree` meets nodes in, so `unfold` is asked.
 */
export function unfoldsCut(
  r: RouteGraph,
  unfold: () => DecisionTree,
  maxNodes = 200_000,
  maxDepth = 80,
): boolean {
  const routes = routesOfGraph(r);
  const count = new Map<number, number>();
  /** Decisions on the longest chain down from a node (itself included). */
  const height = new Map<number, number>();
  const onPath = new Set<number>();
  let deep = false;
  const walk = (id: number): void => {
    if (deep || !routes.menus[id] || count.has(id)) return;
    // Every node on the path is a decision: the path holds the decisions before this one.
    if (onPath.has(id) || onPath.size >= maxDepth) {
      deep = true;
      return;
    }
    onPath.add(id);
    let n = 1;
    let h = 0;
    for (const to of routes.to[id]!) {
      walk(to);
      if (deep) return;
      n = Math.min(maxNodes + 1, n + (count.get(to) ?? 1));
      h = Math.max(h, height.get(to) ?? 0);
    }
    onPath.delete(id);
    count.set(id, n);
    height.set(id, h + 1);
  };
  walk(routes.start);
  // The deepest decision sits (height - 1) choices in.
  deep ||= (height.get(routes.start) ?? 0) - 1 >= maxDepth;
  return deep || ((count.get(routes.start) ?? 1) > maxNodes && unfold().cut);
}
