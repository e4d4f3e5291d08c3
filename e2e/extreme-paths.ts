import { Story } from 'inkjs/full';
import { below, memoFor, optionsOf, optionTotal, readLines } from './ink-walk.ts';

/*
 * The best- and worst-serving paths of a compiled story, found with inkjs alone (not src/core), so
 * an e2e test that plays them checks the game's judgement against an independent reading of the
 * story: a path's total is the sum of the quality tags inside its chosen options' brackets.
 */

/** A path as a learner plays it: the text of each option chosen, in order. */
export interface ExtremePath {
  total: number;
  choices: string[];
  /** The same choices as indices among the options offered, for the debrief oracle. */
  indices: number[];
}

/**
 * Follows the story from its start, at each decision taking the first option through which the
 * largest (or smallest) total is still reachable, read off the oracle's exploration of every
 * state below (ink-walk's `below`): the first such path in choice order, as a walk of every path
 * would pick it.
 */
function follow(json: string, end: 'best' | 'worst'): ExtremePath {
  const memo = memoFor(json);
  const story = new Story(json);
  story.state.storySeed = 0;
  const path: ExtremePath = { total: 0, choices: [], indices: [] };
  for (;;) {
    readLines(story);
    const options = optionsOf(story);
    if (options.length === 0) return path;
    if (path.indices.length > 60) throw new Error('a path longer than 60 decisions');
    const saved = story.state.ToJson();
    const reach = options.map((o) => {
      story.state.LoadJson(saved);
      story.ChooseChoiceIndex(o.index);
      return optionTotal(o) + below(story, memo)[end];
    });
    const target = end === 'best' ? Math.max(...reach) : Math.min(...reach);
    const taken = options[reach.indexOf(target)]!;
    story.state.LoadJson(saved);
    story.ChooseChoiceIndex(taken.index);
    path.total += optionTotal(taken);
    path.choices.push(taken.text);
    path.indices.push(taken.index);
  }
}

/** The best- and worst-serving paths; a story too big for the oracle's budget throws. */
export function extremePaths(json: string): { best: ExtremePath; worst: ExtremePath } {
  return { best: follow(json, 'best'), worst: follow(json, 'worst') };
}

/** The path that takes these option indices, read with inkjs alone: its texts and tag total. */
export function pathAt(json: string, indices: readonly number[]): ExtremePath {
  const story = new Story(json);
  story.state.storySeed = 0;
  const path: ExtremePath = { total: 0, choices: [], indices: [...indices] };
  for (const index of indices) {
    readLines(story);
    const option = optionsOf(story).find((o) => o.index === index);
    if (!option) throw new Error(`no option ${index + 1} at decision ${path.choices.length + 1}`);
    story.ChooseChoiceIndex(index);
    path.total += optionTotal(option);
    path.choices.push(option.text);
  }
  readLines(story);
  if (optionsOf(story).length > 0) throw new Error('the path stops before the story ends');
  return path;
}
