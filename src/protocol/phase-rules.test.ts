import { describe, expect, it } from 'vitest';
import { canChoose, canJoin, nextPhase } from './phase-rules.ts';

describe('session phases', () => {
  it('run lobby → playing ⇄ locked → revealed → ended', () => {
    expect(nextPhase('lobby', 'start')).toBe('playing');
    expect(nextPhase('playing', 'lock')).toBe('locked');
    expect(nextPhase('locked', 'unlock')).toBe('playing');
    expect(nextPhase('locked', 'reveal')).toBe('revealed');
    expect(nextPhase('playing', 'reveal')).toBe('revealed');
    expect(nextPhase('revealed', 'end')).toBe('ended');
  });

  it('refuse steps out of order, and nothing follows the end', () => {
    expect(nextPhase('lobby', 'reveal')).toBeUndefined();
    expect(nextPhase('lobby', 'lock')).toBeUndefined();
    expect(nextPhase('revealed', 'unlock')).toBeUndefined();
    expect(nextPhase('revealed', 'start')).toBeUndefined();
    for (const action of ['start', 'lock', 'unlock', 'reveal', 'end'] as const) {
      expect(nextPhase('ended', action)).toBeUndefined();
    }
  });

  it('take choices only while the round is playing, and teams until it is locked', () => {
    expect(canChoose('playing')).toBe(true);
    for (const p of ['lobby', 'locked', 'revealed', 'ended'] as const)
      expect(canChoose(p)).toBe(false);
    expect(canJoin('lobby')).toBe(true);
    expect(canJoin('playing')).toBe(true);
    for (const p of ['locked', 'revealed', 'ended'] as const) expect(canJoin(p)).toBe(false);
  });
});
