import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/fixtures.ts';
import { exploreStory } from './explore.ts';
import { bindDraws, drawMissed, hookDraws } from './luck-hook.ts';
import { LuckTape } from './luck-tape.ts';

/** Plays `choices` (then the first option) to the end: every line shown and every choice made. */
function transcript(story: Story, choices: number[]): string {
  let text = '';
  for (let turn = 0; turn < 20; turn++) {
    while (story.canContinue) text += story.Continue();
    if (story.currentChoices.length === 0) break;
    // A once-only choice taken before is gone: the last option left stands in for it.
    const choice = Math.min(choices[turn] ?? 0, story.currentChoices.length - 1);
    text += `> ${story.currentChoices[choice]!.text}\n`;
    story.ChooseChoiceIndex(choice);
  }
  return text;
}

/*
 * After SEED_RANDOM(42) every learner meets the same mood (LIST_RANDOM), callers (a shuffle) and
 * urgent calls (RANDOM), whatever the game's seed. The oracle is inkjs playing the story as ink
 * compiled it, with its own generator.
 */
describe('a story that seeds its own luck with SEED_RANDOM', () => {
  const json = fixtureJson('loops/reseeded-calls.ink');
  const routes = [{ route: [0, 0, 0] }, { route: [1, 1, 1] }, { route: [0, 1, 0] }];

  it.each(routes)(
    'draws what ink draws on the route $route, for any seed the game gives',
    ({ route }) => {
      const hooked = hookDraws(json);
      const tape = new LuckTape();
      const explorer = new Story(hooked.json);
      bindDraws(explorer, hooked, tape);
      const played = transcript(explorer, route);
      expect(drawMissed(explorer, hooked, tape)).toBe(false);
      // One way only: no draw after the seed gave the tape an outcome to branch over.
      expect(tape.next()).toBe(false);
      for (const seed of [0, 1, 99]) {
        const ink = new Story(json);
        ink.state.storySeed = seed;
        expect(transcript(ink, route)).toBe(played);
      }
      expect(played).toMatch(/You feel (calm|tired|cross)\./);
    },
  );

  it('is explored exactly, with no warning, to the ranges of one seed followed through ink', () => {
    const x = exploreStory(json);
    expect(x.exact).toBe(true);
    expect(x.problems).toEqual([]);
    for (const seed of [0, 5]) {
      const one = exploreStory(json, { seed, followSeed: true });
      expect(x.ranges).toEqual(one.ranges);
      expect(x.endings).toEqual(one.endings);
    }
    // No roll left to luck: the best play is sure of what it can earn.
    expect(x.luck?.total.bestSure).toBe(x.luck?.total.bestLucky);
  });
});
