import type { ScoreRanges } from './exploration.ts';
import type { GraphScores } from './graph-scores.ts';
import { luckBoard, sureValues } from './luck-game.ts';
import type { QualityId } from './qualities.ts';
import type { StateGraph } from './state-graph.ts';

/** What luck does to one objective (the total, or one quality), over the whole story. */
export interface LuckOdds {
  /** The most a learner can be sure of, whatever the rolls. */
  bestSure: number;
  /** The most a learner can earn with every roll going their way. */
  bestLucky: number;
  /** The least a learner who plays badly can be held to, whatever the rolls. */
  worstSure: number;
  /** The least a learner can end with, every roll going against them. */
  worstUnlucky: number;
}

/** A random draw whose outcomes change what the best learner can be sure of from there on. */
export interface RollThatMatters {
  /** The choice the draw follows, or undefined for a draw before the first decision. */
  after?: string;
  /** The containers (`knot.stitch…`) of the draws on the way that have several outcomes. */
  sites: string[];
  /** Where the draw is written, set by the checker, which has the sources (see `drawLine`). */
  at?: { file: string; line: number };
  /**
   * Each way the draw goes: what the learner meets next, the most they can be sure of from there,
   * and how many of the draw's outcomes go that way.
   */
  outcomes: { leadsTo: string; sure: number; of: number }[];
}

export interface LuckGame {
  total: LuckOdds;
  /** Per quality the story practises. */
  qualities: Partial<Record<QualityId, LuckOdds>>;
  /** The rolls that matter, in the order exploration met them, at most `ROLLS_LISTED`. */
  rolls: RollThatMatters[];
  /** Rolls that matter beyond those listed. */
  moreRolls: number;
  exact: boolean;
  cut?: string;
}

export const ROLLS_LISTED = 12;

/** What a learner meets at `v`: the next options, or the ending. */
function meets(g: StateGraph, v: number): string {
  const node = g.nodes[v]!;
  if (node.kind === 'end') return node.ending ? `the ending '${node.ending}'` : 'the end';
  if (node.kind === 'stalled')
    return `the story stalling${node.lastLine ? ` after '${node.lastLine}'` : ''} (a loop without a choice)`;
  if (node.kind !== 'decision') return 'a point the checker could not play on';
  const texts = node.options.map((o) => `'${o.text}'`);
  return `the options ${texts.slice(0, 3).join(', ')}${texts.length > 3 ? ', …' : ''}`;
}

/** The outcomes of one draw, those that meet the same and are worth the same taken together. */
function waysOf(g: StateGraph, to: readonly number[], sure: Float64Array) {
  const ways = new Map<string, RollThatMatters['outcomes'][number]>();
  for (const v of to) {
    const way = { leadsTo: meets(g, v), sure: sure[v]!, of: 1 };
    const key = `${way.sure}|${way.leadsTo}`;
    const known = ways.get(key);
    if (known) known.of++;
    else ways.set(key, way);
  }
  return [...ways.values()];
}

/**
 * The luck game of a random story's explored graph (see luck-game.ts): for the total and each
 * practised quality, the best and worst a learner can be sure of against what luck can make of
 * it; and the rolls whose outcomes change what the best learner can be sure of.
 */
export function luckGameOf(g: StateGraph, s: GraphScores, ranges: ScoreRanges): LuckGame {
  const cuts: string[] = [];
  const board = luckBoard(g, s);
  const at = (sign: 1 | -1, quality?: QualityId) => {
    const solved = sureValues(board, sign, quality);
    if (solved.cut) cuts.push(solved.cut);
    return solved.value;
  };
  const read = (x: number, fallback: number) => (Number.isNaN(x) ? fallback : x);
  const oddsOf = (quality?: QualityId): { odds: LuckOdds; best: Float64Array } => {
    const best = at(1, quality);
    const worst = at(-1, quality);
    const lucky = quality ? ranges.max[quality] : ranges.maxTotal;
    const unlucky = quality ? ranges.min[quality] : ranges.minTotal;
    const odds = {
      bestSure: read(best[0]!, lucky),
      bestLucky: lucky,
      worstSure: read(0 - worst[0]!, unlucky),
      worstUnlucky: unlucky,
    };
    return { odds, best };
  };
  const total = oddsOf();
  const qualities: LuckGame['qualities'] = {};
  for (const q of ranges.practised) qualities[q] = oddsOf(q).odds;
  const rolls: RollThatMatters[] = [];
  let moreRolls = 0;
  const sure = total.best;
  for (let u = 0; u < g.nodes.length; u++) {
    const byOption = new Map<number, number[]>();
    for (const e of g.nodes[u]!.edges)
      byOption.set(e.option, [...(byOption.get(e.option) ?? []), e.to]);
    for (const [option, to] of byOption) {
      const reached = to.filter((v) => !Number.isNaN(sure[v]!));
      if (new Set(reached.map((v) => sure[v])).size < 2) continue;
      if (rolls.length >= ROLLS_LISTED) {
        moreRolls++;
        continue;
      }
      const text = g.nodes[u]!.options[option]?.text;
      rolls.push({
        ...(option >= 0 && text !== undefined ? { after: text } : {}),
        sites: [...(g.drawSites?.get(`${u}|${option}`) ?? [])],
        outcomes: waysOf(g, reached, sure),
      });
    }
  }
  const cut = ranges.cut ?? cuts[0];
  return {
    total: total.odds,
    qualities,
    rolls,
    moreRolls,
    exact: cut === undefined,
    ...(cut ? { cut } : {}),
  };
}
