import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/fixtures.ts';
import { Encounter } from './encounter.ts';
import { keyMoment } from './key-moments.ts';

// What a key moment says when the customer does not react: a playtester was told Helen Marsh
// "was not there to react" while she stood in the room, angry, with nothing to say.
const json = fixtureJson('silent-customer.ink');

function reactions(path: number[]): string[] {
  const played = Encounter.resume(json, path, { seed: 0 });
  if (!played.ok) throw new Error(played.error.reason);
  return played.value.decisions.map((d, i) => keyMoment(d, i + 1, 'Ana Sousa').reaction.text);
}

describe('a key moment without a reaction', () => {
  it('says the customer said nothing when they were on stage and the story stayed with them', () => {
    expect(reactions([0, 0, 0])[0]).toBe('Ana Sousa said nothing to this, and stayed worried.');
  });

  it('says the story moved on when someone else spoke first while the customer was there', () => {
    expect(reactions([0, 0, 0])[1]).toBe(
      'The story moved on before Ana Sousa answered this choice (still worried).',
    );
    expect(reactions([1, 1, 1])[1]).toBe(
      'The story moved on before Ana Sousa answered this choice (still worried).',
    );
  });

  it('says the customer was not there once a presence tag has taken them off stage', () => {
    expect(reactions([0, 0, 0])[2]).toBe('Ana Sousa was not there to react to this choice.');
  });
});
