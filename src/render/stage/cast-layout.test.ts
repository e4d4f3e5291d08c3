import { describe, expect, it } from 'vitest';
import { placeCast } from './cast-layout.ts';

describe('placing the cast on stage', () => {
  it('draws nobody on an empty stage', () => {
    expect(placeCast({ present: [] }, 800, 450)).toEqual([]);
  });

  it('spreads the room across the width and fades whoever is not talking', () => {
    const [a, b] = placeCast({ present: ['Helen', 'Dev'], speaking: 'Dev' }, 900, 450);
    expect(a?.x).toBeLessThan(b?.x ?? 0);
    expect(a?.alpha).toBeLessThan(b?.alpha ?? 0);
  });

  it('puts a caller in a handset at the right, clear of the people in the room', () => {
    const placed = placeCast(
      { present: ['Helen'], remote: { name: 'Priya', via: 'call' } },
      800,
      450,
    );
    const caller = placed.find((p) => p.remote === 'call');
    expect(caller?.name).toBe('Priya');
    expect(caller?.x).toBeGreaterThan(placed[0]?.x ?? 800);
  });

  it('puts a caller nobody else shares the stage with in the middle, larger', () => {
    const [alone] = placeCast({ present: [], remote: { name: 'Priya', via: 'chat' } }, 800, 450);
    const [beside] = placeCast(
      { present: ['Helen'], remote: { name: 'Priya', via: 'chat' } },
      800,
      450,
    ).filter((p) => p.remote);
    expect(alone?.x).toBe(400);
    expect(alone?.scale).toBeGreaterThan(beside?.scale ?? 1);
  });
});
