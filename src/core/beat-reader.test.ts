import { describe, expect, it } from 'vitest';
import { StoryStepper } from './story-stepper.ts';
import { fixtureJson } from '../../test/helpers/fixtures.ts';

describe('readBeat', () => {
  it('keeps the scene, ambience and speaker of a tag-only line just before a choice', () => {
    const beat = new StoryStepper(fixtureJson('scene-before-choice.ink'), 0, () => {}).read();
    const last = beat.lines[beat.lines.length - 1];
    expect(last?.text).toBe('You take the stairs down with him.');
    expect(last).toMatchObject({
      scene: 'hotel-basement',
      ambience: 'boiler-hum',
      speaker: 'Mr. Osei',
    });
    // The line that said something keeps its own speaker and mood.
    expect(beat.lines[0]).toMatchObject({ speaker: 'Mr. Osei', mood: 'worried' });
    expect(beat.choices.map((c) => c.text)).toEqual(['Check the fuse box']);
  });

  it('lets the mood and scene of a trailing tag-only line win over the last line’s own', () => {
    // ink delivers the tag-only line after the spoken one: what it sets is what the learner sees
    // when the choice comes up.
    const beat = new StoryStepper(fixtureJson('tags-after-last-line.ink'), 0, () => {}).read();
    const last = beat.lines[beat.lines.length - 1];
    expect(last?.text).toBe('"I have waited an hour on this corridor."');
    expect(last).toMatchObject({ speaker: 'Mr. Osei', mood: 'angry', scene: 'hotel-basement' });
    expect(beat.lines[0]).toMatchObject({ mood: 'worried' });
  });
});
