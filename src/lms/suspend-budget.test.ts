import { describe, expect, it } from 'vitest';
import { fitSuspend } from './suspend-budget.ts';
import { emptySuspendState, type SuspendState } from './suspend-state.ts';

function bigState(stories: number): SuspendState {
  const state = emptySuspendState();
  for (let i = 0; i < stories; i++) {
    const storyId = `story-${String(i).padStart(2, '0')}`;
    state.plays.set(storyId, {
      v: 1,
      storyId,
      hash: 'abcdef01234567',
      seed: 123456789,
      path: Array.from({ length: 40 }, (_, n) => n % 4),
      ...(i % 2 === 0 ? { finished: true } : {}),
    });
    state.bests.set(storyId, { overall: 50, qualities: { listening: 100, community: 33 } });
  }
  return state;
}

describe('fitting suspend data to the LMS limit', () => {
  it('keeps everything when it fits', () => {
    const fitted = fitSuspend(bigState(3), 4096, 'story-01');
    expect(fitted.dropped).toEqual([]);
  });

  it('drops finished paths first, oldest first, and never the current story', () => {
    const state = bigState(60);
    const fitted = fitSuspend(state, 4096, 'story-00');
    expect(fitted.text.length).toBeLessThanOrEqual(4096);
    expect(fitted.dropped[0]).toBe('story-02 (finished path)');
    expect(fitted.dropped.join()).not.toContain('story-00 ');
    expect(fitted.text).toContain('story-00:');
    // The session's own state is untouched: the learner loses nothing before the tab closes.
    expect(state.plays.size).toBe(60);
  });

  it('drops paths in progress and then best results only when it must', () => {
    const fitted = fitSuspend(bigState(200), 4096, 'story-199');
    expect(fitted.text.length).toBeLessThanOrEqual(4096);
    expect(fitted.dropped.some((d) => d.endsWith('(path)'))).toBe(true);
    expect(fitted.dropped.some((d) => d.endsWith('(best result)'))).toBe(true);
    expect(fitted.text).toMatch(/p=story-199:/);
  });
});
