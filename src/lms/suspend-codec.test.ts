import { describe, expect, it } from 'vitest';
import { decodeSuspend, encodeSuspend } from './suspend-codec.ts';
import { emptySuspendState } from './suspend-state.ts';

describe('suspend data codec', () => {
  it('round-trips paths, seeds, flags and best results in plain ASCII', () => {
    const state = emptySuspendState();
    state.plays.set('hotel-heat', {
      v: 1,
      storyId: 'hotel-heat',
      hash: '0a1b2c3d4e5f60',
      seed: 2 ** 31 - 1,
      path: [0, 2, 35, 36, 99],
    });
    state.plays.set('odd id:|;', {
      v: 1,
      storyId: 'odd id:|;',
      hash: 'ff',
      seed: -7,
      path: [],
      finished: true,
    });
    state.bests.set('hotel-heat', { overall: 87, qualities: { listening: 100, empathy: 0 } });
    const text = encodeSuspend(state);
    expect(text).toMatch(/^[\x20-\x7e]+$/);
    expect(text).toContain('hotel-heat:0a1b2c3d4e5f60:zik0zj:02z_10_2r');
    expect(decodeSuspend(text)).toEqual(state);
  });

  it('skips damaged entries and keeps the rest', () => {
    const state = decodeSuspend('sm1|p=a:ff:1:01;b:ff::0;c:ff:1:0_9|b=a:101:;b:50:1,2');
    expect([...state.plays.keys()]).toEqual(['a']);
    expect([...state.bests]).toEqual([
      ['b', { overall: 50, qualities: { listening: 1, empathy: 2 } }],
    ]);
  });

  it('reads unknown or empty data as nothing saved', () => {
    expect(decodeSuspend('')).toEqual(emptySuspendState());
    expect(decodeSuspend('{"some":"other course"}')).toEqual(emptySuspendState());
  });
});
