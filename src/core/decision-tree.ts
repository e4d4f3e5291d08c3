import type { ChoiceEffect } from './beat.ts';
import { endingOf } from './beat-reader.ts';
import { StoryStepper } from './story-stepper.ts';

/** A path's end: its ending and the choices (indices) that led there. */
export interface Leaf {
  kind: 'end';
  ending: string | undefined;
  path: number[];
}

export interface Branch {
  text: string;
  effects: readonly ChoiceEffect[];
  next: TreeNode;
}

export interface DecisionNode {
  kind: 'decision';
  /** The option texts joined: the same decision met on several routes shares it. */
  signature: string;
  branches: Branch[];
}

export type TreeNode = DecisionNode | Leaf;

export interface DecisionTree {
  root: TreeNode;
  /** Set when the walk stopped at its node budget: the tree is then partial. */
  cut: boolean;
}

/**
 * Every route through a story as a tree of decisions, stepped through the StoryStepper with state
 * saved and restored at each decision, so variables and conditions behave as in play. The library metrics
 * need per-route facts (policies, endings by score, the worst routes) that the explorer's ranges do not keep.
 * Bounded by `maxNodes` and by `maxDepth` decisions on one route; a cut branch ends in a leaf
 * without an ending. A random story's tree is the routes one seed's rolls allow.
 */
export function decisionTree(
  compiledJson: string,
  maxNodes = 200_000,
  maxDepth = 80,
  seed = 0,
): DecisionTree {
  // Runtime problems are the explorer's to report; the tree only needs the routes.
  const story = new StoryStepper(compiledJson, seed, () => undefined);
  let nodes = 0;
  let cut = false;
  const path: number[] = [];
  const walk = (): TreeNode => {
    const beat = story.read();
    nodes++;
    // A loop back to a decision makes the tree endless: the depth bound keeps the walk (and the
    // stack) finite, and the explorer reports the loop itself.
    if (beat.ended || nodes > maxNodes || path.length >= maxDepth) {
      if (!beat.ended) cut = true;
      return { kind: 'end', ending: beat.ended ? endingOf(beat) : undefined, path: [...path] };
    }
    const saved = story.save();
    const branches = beat.choices.map((choice) => {
      if (choice.index > 0) story.load(saved);
      story.choose(choice.index);
      path.push(choice.index);
      const next = walk();
      path.pop();
      return { text: choice.text, effects: choice.effects, next };
    });
    return {
      kind: 'decision',
      signature: beat.choices.map((c) => c.text).join('\u0001'),
      branches,
    };
  };
  return { root: walk(), cut };
}
