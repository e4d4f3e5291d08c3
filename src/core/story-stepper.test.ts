import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/fixtures.ts';
import { Encounter } from './encounter.ts';

const promise = fixtureJson('variables.ink');

const played = (e: Encounter) => ({
  transcript: e.transcript.map((l) => l.text),
  choices: e.choices.map((c) => c.text),
  ending: e.ending,
  scores: e.scores,
});

describe('playthroughs of one story (its content parsed once)', () => {
  it('keep their own variables and visits when played side by side', () => {
    // The first promises a call back (a variable the second decision reads); the second does not.
    const keeps = new Encounter(promise, { seed: 1 });
    const declines = new Encounter(promise, { seed: 1 });
    keeps.choose(0);
    declines.choose(1);
    expect(keeps.choices.map((c) => c.text)).toContain('Call back as promised');
    expect(declines.choices.map((c) => c.text)).not.toContain('Call back as promised');
    keeps.choose(0);
    declines.choose(0);
    expect(keeps.ending).toBe('Promise kept');
    expect(declines.ending).toBe('Answered by email');
    // Each reads exactly as the same path played alone, from the start, after the other.
    expect(played(keeps)).toEqual(played(Encounter.replay(promise, [0, 0], { seed: 1 }).encounter));
    expect(played(declines)).toEqual(
      played(Encounter.replay(promise, [1, 0], { seed: 1 }).encounter),
    );
    const again = new Encounter(promise, { seed: 1 });
    expect(again.choices.map((c) => c.text)).toEqual([
      'Promise a call back today',
      'Promise nothing yet',
    ]);
  });
});
