import { describe, expect, it } from 'vitest';
import { decodeSave, encodeSave } from './save';

describe('saved playthroughs', () => {
  const save = { v: 1 as const, storyId: 'hotel-heat', hash: 'abc', seed: 42, path: [1, 0, 2] };

  it('round-trips', () => {
    expect(decodeSave(encodeSave(save))).toEqual({ ok: true, value: save });
  });

  it('says what is wrong with a corrupt or foreign save', () => {
    expect(decodeSave('{"v":1,')).toEqual({
      ok: false,
      error: 'the saved progress is not valid JSON',
    });
    expect(decodeSave('null')).toEqual({
      ok: false,
      error: 'the saved progress is not an object',
    });
    expect(decodeSave(JSON.stringify({ ...save, v: 7 }))).toEqual({
      ok: false,
      error: 'the saved progress has unknown version 7',
    });
    expect(decodeSave(JSON.stringify({ ...save, path: [0, -1] }))).toEqual({
      ok: false,
      error: 'the saved choice path is damaged',
    });
    expect(decodeSave(JSON.stringify({ ...save, seed: 'x' })).ok).toBe(false);
  });
});
