import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { bindDraws, drawMissed, hookDraws } from './luck-hook.ts';
import { LuckTape } from './luck-tape.ts';
import { fixtureJson } from '../../test/helpers/fixtures.ts';

/** Plays the story from its start to the first choice; the text it showed. */
function opening(story: Story): string {
  let text = '';
  while (story.canContinue) text += story.Continue();
  return text;
}

/*
 * The explorer's way into ink's draws (luck-hook.ts) rests on ink's JSON format and public API.
 * inkjs is pinned; these fail if an upgrade stops the draws reaching the explorer.
 */
describe('the explorer takes the outcome of every draw', () => {
  it('gives RANDOM(1, 100) each number once over a full turn of the tape', () => {
    const hooked = hookDraws(fixtureJson('loops/rare-roll.ink'));
    expect(hooked).toMatchObject({ randoms: 1, shuffles: [], lists: 0 });
    const tape = new LuckTape();
    const owner: number[] = [];
    let plays = 0;
    do {
      const story = new Story(hooked.json);
      bindDraws(story, hooked, tape);
      tape.rewind();
      if (opening(story).includes("hotel's owner")) owner.push(plays);
      expect(drawMissed(story, hooked, tape)).toBe(false);
      plays++;
    } while (tape.next());
    // Outcome k is the number k + 1: only the 37th play meets the owner.
    expect({ plays, owner }).toEqual({ plays: 100, owner: [36] });
  });

  it('notices a draw ink made by itself instead of asking the explorer', () => {
    const json = fixtureJson('loops/rare-roll.ink');
    const hooked = hookDraws(json);
    const tape = new LuckTape();
    // The story as ink compiled it, draws not turned into calls: as if an inkjs upgrade had
    // changed the command the hook looks for.
    const story = new Story(json);
    bindDraws(story, hooked, tape);
    opening(story);
    expect(drawMissed(story, hooked, tape)).toBe(true);
  });
});
