import { readdirSync } from 'node:fs';
import { Story } from 'inkjs/full';
import { optionsOf, readLines } from './ink-walk.ts';
import { compiledStory } from './story-oracle.ts';

/** Every story that ships: each `.ink` file at the top of stories/, by file name. */
export const SHIPPED_STORIES = readdirSync('stories')
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.slice(0, -'.ink'.length))
  .sort();

/** One full play of a story as a learner reads it off the screen: its title and the words chosen. */
export interface Walk {
  title: string;
  choices: string[];
}

/**
 * Plays a story from its start to an ending with inkjs alone (nothing of src/), taking at each
 * decision the option `pick(step, count)` names, and gives the words of each option taken: the
 * path an e2e test then plays by tapping options by name.
 */
export function walkStory(id: string, pick: (step: number, count: number) => number): Walk {
  const { json, meta } = compiledStory(id);
  const story = new Story(json);
  story.state.storySeed = 0;
  const choices: string[] = [];
  for (let step = 0; step < 60; step++) {
    readLines(story);
    const options = optionsOf(story);
    if (options.length === 0) return { title: meta.title, choices };
    const taken = options[pick(step, options.length)]!;
    story.ChooseChoiceIndex(taken.index);
    choices.push(taken.text);
  }
  throw new Error(`${id}: no ending within 60 decisions`);
}
