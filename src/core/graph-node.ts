import type { ChoiceOption, RuntimeProblem } from './beat.ts';
import type { InkFlow } from './ink-flow.ts';

/** How a node was left: the option taken (-1 from the start) and where it led. */
export interface GraphEdge {
  option: number;
  to: number;
}

/**
 * 'decision': choices offered; 'end': the story ended (with or without '#ending:');
 * 'stalled': it looped or spun without a choice, or ink stopped with an error;
 * 'open': found but not expanded because a bound was hit.
 */
export type NodeKind = 'start' | 'decision' | 'end' | 'stalled' | 'open';

export interface GraphNode {
  kind: NodeKind;
  options: ChoiceOption[];
  edges: GraphEdge[];
  ending?: string;
  /** The last line shown before an end or a stall. */
  lastLine?: string;
  /** How this node was first reached, to name a path to it. */
  from?: { node: number; option: number };
}

export interface StateGraph {
  nodes: GraphNode[];
  /** A random story explored over every outcome: whether some draw's outcomes part ways. */
  steered?: boolean;
  /**
   * Per `node|option` whose draws part ways: the containers of the draws on the way with more
   * than one outcome (luck-tape.ts), to say where in the source luck decides.
   */
  drawSites?: ReadonlyMap<string, readonly string[]>;
  /** Why exploration stopped early, in words; undefined when every state was explored. */
  cut?: string;
  /** Why the figures are approximate though exploration went on (some outcomes were not taken). */
  approximate?: string;
  steps: number;
  problems: RuntimeProblem[];
  flow: InkFlow;
}
