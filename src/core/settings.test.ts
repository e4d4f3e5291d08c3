import { describe, expect, it } from 'vitest';
import { decodeSettings, defaultSettings, effectsGain, musicGain } from './settings.ts';

describe('settings', () => {
  const defaults = defaultSettings(true);

  it('defaults reduced motion to the system preference', () => {
    expect(defaults.reducedMotion).toBe(true);
    expect(defaultSettings(false).reducedMotion).toBe(false);
  });

  it('reveals lines at a readable pace by default, at once when the device asks for less motion', () => {
    expect(defaultSettings(false).textSpeed).toBe('normal');
    expect(defaults.textSpeed).toBe('instant');
  });

  it('keeps good fields and repairs bad ones one by one', () => {
    const raw = JSON.stringify({
      master: 140,
      effects: 30,
      textSize: 'huge',
      textSpeed: 'slow',
      muted: 'yes',
    });
    expect(decodeSettings(raw, defaults)).toEqual({
      ...defaults,
      master: 100,
      effects: 30,
      textSpeed: 'slow',
    });
    expect(decodeSettings('{not json', defaults)).toEqual(defaults);
    expect(decodeSettings('[1,2]', defaults)).toEqual(defaults);
  });

  it('mutes everything, and mixes master with each channel', () => {
    expect(effectsGain({ ...defaults, master: 50, effects: 50 })).toBe(0.25);
    expect(musicGain({ ...defaults, master: 100, music: 40 })).toBe(0.4);
    expect(effectsGain({ ...defaults, muted: true })).toBe(0);
  });
});
