import { describe, expect, it } from 'vitest';
import { scorePath } from './score-path';
import { totalScore } from './scoring';
import { fixtureJson } from '../../test/helpers/fixtures';

describe('scorePath', () => {
  const json = fixtureJson('small-desk.ink');

  it('sums the choice tags of the path, negative scores included', () => {
    const result = scorePath(json, 0, [1, 1]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.scores).toMatchObject({
      stewardship: 1,
      empathy: -1,
      community: 1,
      listening: -1,
      foresight: 0,
    });
    expect(totalScore(result.value.scores)).toBe(0);
    expect(result.value.ending).toBe('The lounge instead');
  });

  it('counts a choice taken again in a loop each time', () => {
    const result = scorePath(fixtureJson('loop.ink'), 0, [0, 0, 0, 1]);
    expect(result.ok && result.value.scores.listening).toBe(3);
    expect(result.ok && result.value.scores.healing).toBe(-1);
  });

  it('refuses a path the story does not allow rather than scoring it', () => {
    expect(scorePath(json, 0, [0, 9])).toEqual({
      ok: false,
      error: 'decision 2 has 2 choices, not 10',
    });
  });
});
