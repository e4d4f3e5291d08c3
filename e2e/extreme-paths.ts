import { Story } from 'inkjs';

/*
 * The best- and worst-serving paths of a compiled story, found with inkjs alone (not src/core), so
 * an e2e test that plays them checks the game's judgement against an independent reading of the
 * story: a path's total is the sum of the quality tags inside its chosen options' brackets.
 */

const QUALITY_TAG =
  /^(listening|empathy|healing|awareness|persuasion|conceptualization|foresight|stewardship|growth|community)\s*:?\s*([+-])\s*(\d+)$/i;

/** A path as a learner plays it: the text of each option chosen, in order. */
export interface ExtremePath {
  total: number;
  choices: string[];
}

function tagTotal(tags: readonly string[] | null): number {
  let total = 0;
  for (const tag of tags ?? []) {
    const m = QUALITY_TAG.exec(tag.trim());
    if (m) total += (m[2] === '-' ? -1 : 1) * Number(m[3]);
  }
  return total;
}

/**
 * Walks every path (depth-first, saving and restoring the ink state at each choice), up to
 * `maxPaths` complete paths: a story too big for that throws rather than answering from a part.
 */
export function extremePaths(
  json: string,
  maxPaths = 200_000,
): { best: ExtremePath; worst: ExtremePath } {
  const story = new Story(json);
  story.state.storySeed = 0;
  story.allowExternalFunctionFallbacks = true;
  let best: ExtremePath | undefined;
  let worst: ExtremePath | undefined;
  let paths = 0;
  const walk = (total: number, choices: string[], depth: number): void => {
    while (story.canContinue) story.Continue();
    const options = story.currentChoices.map((c) => ({ text: c.text, tags: c.tags }));
    if (options.length === 0) {
      paths += 1;
      if (paths > maxPaths) throw new Error(`more than ${maxPaths} paths: too many to walk`);
      if (!best || total > best.total) best = { total, choices };
      if (!worst || total < worst.total) worst = { total, choices };
      return;
    }
    if (depth > 60) throw new Error(`a path longer than 60 decisions: ${choices.join(' / ')}`);
    const saved = story.state.toJson();
    options.forEach((option, index) => {
      story.state.LoadJson(saved);
      story.ChooseChoiceIndex(index);
      walk(total + tagTotal(option.tags), [...choices, option.text], depth + 1);
    });
  };
  walk(0, [], 0);
  if (!best || !worst) throw new Error('the story has no complete path');
  return { best, worst };
}
