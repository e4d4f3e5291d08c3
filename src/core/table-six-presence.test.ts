import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkSource } from '../build/compile-ink.ts';
import { STORIES } from '../../test/helpers/fixtures.ts';
import { Encounter } from './encounter.ts';
import { keyMoment } from './key-moments.ts';

// A playtester read "Leila Rahman said nothing to this, and stayed angry" at the talk with Kofi in
// the kitchen: the shipped story kept her on stage there, so the debrief said she heard it.
const { json } = compileInkSource(path.join(STORIES, 'table-six.ink'));

function momentsAt(path: number[]): { choice: string; reaction: string }[] {
  const played = Encounter.resume(json!, path, { seed: 0 });
  if (!played.ok) throw new Error(played.error.reason);
  return played.value.decisions.map((d, i) => ({
    choice: d.options[d.chosen]?.text ?? '',
    reaction: keyMoment(d, i + 1, 'Leila Rahman').reaction.text,
  }));
}

describe('The Face at Table Six: who hears what', () => {
  it('says Leila was not there for what was said in the kitchen, and heard what was said at her table', () => {
    // Walk over, crouch and ask, take the lamb away, then the kitchen: Dariusz, Kofi; then the table.
    const moments = momentsAt([1, 1, 0, 0, 0, 0, 0, 0]);
    expect(moments[3]!.choice).toMatch(/^Ask Dariusz/);
    expect(moments[4]!.choice).toMatch(/^Tell him not to worry/);
    expect(moments[3]!.reaction).toBe('Leila Rahman was not there to react to this choice.');
    expect(moments[4]!.reaction).toBe('Leila Rahman was not there to react to this choice.');
    expect(moments[5]!.reaction).toMatch(/^Leila Rahman: “/);
  });
});
