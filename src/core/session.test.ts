import { describe, expect, it } from 'vitest';
import { EncounterSession, replayPath } from './session';
import { fixtureJson } from '../../test/helpers/fixtures';

describe('EncounterSession', () => {
  const json = fixtureJson('small-desk.ink');

  it('reads the first beat with speakers, moods and the global tags kept out of the lines', () => {
    const session = new EncounterSession(json, 7);
    expect(session.meta.title).toBe('The small front desk');
    expect(session.transcript.map((l) => [l.speaker, l.text])).toEqual([
      [undefined, 'Mr. Osei reaches the desk with his suitcase half packed.'],
      ['Mr. Osei', 'I have a call at noon. Could I keep the room until one?'],
    ]);
    expect(session.mood).toBe('worried');
    expect(session.choices.map((c) => c.text)).toEqual([
      'Ask what the call is for',
      'Say checkout is at eleven',
    ]);
    expect(session.choices[1]?.effects).toEqual([
      { quality: 'stewardship', amount: 1 },
      { quality: 'empathy', amount: -1 },
    ]);
  });

  it('records each decision with the mood before and after, and the ending', () => {
    const session = new EncounterSession(json, 7);
    session.choose(1);
    session.choose(0);
    expect(session.ended).toBe(true);
    expect(session.ending).toBe('Room kept, promise kept');
    expect(session.decisions.map((d) => [d.chosen, d.moodBefore, d.moodAfter])).toEqual([
      [1, 'worried', 'frustrated'],
      [0, 'frustrated', 'relieved'],
    ]);
    expect(() => session.choose(0)).toThrow('the story has ended');
  });

  it('rejects a choice that is not on offer', () => {
    const session = new EncounterSession(json, 7);
    expect(() => session.choose(2)).toThrow('choice 3 does not exist here (there are 2)');
  });

  it('resumes from a choice path with the same transcript and choices', () => {
    const played = new EncounterSession(json, 3);
    played.choose(0);
    const resumed = replayPath(json, 3, played.path);
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.session.transcript).toEqual(played.transcript);
    expect(resumed.session.choices).toEqual(played.choices);
    expect(resumed.session.mood).toBe(played.mood);
  });

  it('says where a path stops fitting the story instead of crashing', () => {
    expect(replayPath(json, 0, [0, 5])).toEqual({
      ok: false,
      at: 1,
      reason: 'decision 2 has 2 choices, not 6',
    });
    expect(replayPath(json, 0, [0, 0, 0])).toEqual({
      ok: false,
      at: 2,
      reason: 'the story ends before decision 3',
    });
  });

  it('replays a sticky loop path exactly', () => {
    const loop = fixtureJson('loop.ink');
    const result = replayPath(loop, 0, [0, 0, 0, 1]);
    expect(result.ok && result.session.ending).toBe('Fixed');
    expect(result.ok && result.session.decisions.length).toBe(4);
  });
});
