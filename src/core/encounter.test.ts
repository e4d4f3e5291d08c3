import { describe, expect, it } from 'vitest';
import { fixtureJson } from '../../test/helpers/fixtures.ts';
import { Encounter, type EncounterEvents } from './encounter.ts';

const desk = fixtureJson('small-desk.ink');
const lift = fixtureJson('night-lift.ink');

/** Every event an encounter delivers, in order, as [type, a short summary]. */
function recorder(encounter: Encounter) {
  const seen: [keyof EncounterEvents, string][] = [];
  encounter.on('decision', (d) => seen.push(['decision', `${d.chosen}`]));
  encounter.on('beat', (b) => seen.push(['beat', `${b.kind}: ${b.beat.lines[0]?.text ?? ''}`]));
  encounter.on('ended', (e) => seen.push(['ended', e.ending ?? '']));
  return seen;
}

describe('Encounter: one playthrough', () => {
  it('opens on the first beat in the story setting, with its sounds and the scene’s ambience', () => {
    const encounter = new Encounter(lift, { seed: 1 });
    expect(encounter.meta.customer).toBe('Ms. Varga');
    expect(encounter.transcript.map((l) => l.text)).toEqual([
      "Ms. Varga's voice comes through the lift intercom.",
      'Is anyone there? The lift has stopped.',
    ]);
    expect(encounter.mood).toBe('worried');
    expect(encounter.scene).toBe('hotel-lobby');
    expect(encounter.ambience).toBe('hotel-hum');
    expect(encounter.sounds).toEqual(['phone-ring']);
    expect(encounter.choices.map((c) => c.text)).toEqual([
      'Tell her you are on your way down',
      'Tell her to wait for the engineer',
    ]);
  });

  it('records a decision with its prompt, reply, moods and scenes before and after', () => {
    const encounter = new Encounter(lift, { seed: 1 });
    encounter.choose(0);
    const [decision] = encounter.decisions;
    expect(decision?.prompt.map((l) => l.speaker ?? 'narrator')).toEqual(['narrator', 'Ms. Varga']);
    expect(decision?.options.map((o) => o.text)).toEqual([
      'Tell her you are on your way down',
      'Tell her to wait for the engineer',
    ]);
    expect(decision?.chosen).toBe(0);
    expect([decision?.moodBefore, decision?.moodAfter]).toEqual(['worried', 'relieved']);
    expect([decision?.sceneBefore, decision?.sceneAfter]).toEqual([
      'hotel-lobby',
      'hotel-basement',
    ]);
    expect(decision?.reply.slice(0, 3).map((l) => [l.speaker, l.mood, l.scene])).toEqual([
      [undefined, undefined, 'hotel-basement'],
      [undefined, undefined, undefined],
      ['Ms. Varga', 'relieved', undefined],
    ]);
    expect(encounter.scene).toBe('hotel-basement');
    expect(encounter.ambience).toBe('outdoor-wind');
  });

  it('scores the path by the choice tags taken', () => {
    const encounter = new Encounter(desk, { seed: 7 });
    encounter.choose(1); // stewardship +1, empathy -1
    encounter.choose(0); // foresight +2, stewardship +1
    expect(encounter.path).toEqual([1, 0]);
    expect(encounter.scores).toMatchObject({
      stewardship: 2,
      empathy: -1,
      foresight: 2,
      listening: 0,
    });
    expect(encounter.ended).toBe(true);
    expect(encounter.ending).toBe('Room kept, promise kept');
  });

  it('refuses a choice that is not on offer or comes after the end, and changes nothing', () => {
    const encounter = new Encounter(desk, { seed: 7 });
    expect(encounter.choose(2)).toEqual({
      ok: false,
      error: 'choice 3 does not exist here (there are 2)',
    });
    expect(encounter.choose(-1).ok).toBe(false);
    expect(encounter.choose(0.5).ok).toBe(false);
    expect(encounter.decisions).toHaveLength(0);
    encounter.choose(0);
    encounter.choose(0);
    expect(encounter.choose(0)).toEqual({
      ok: false,
      error: 'the story has ended: there is no choice to make',
    });
    expect(encounter.path).toEqual([0, 0]);
  });
});

describe('Encounter: events', () => {
  it('tells subscribers the decision, then the reply beat, then the ending', () => {
    const encounter = new Encounter(desk, { seed: 7 });
    const seen = recorder(encounter);
    encounter.choose(0);
    encounter.choose(1);
    expect(seen).toEqual([
      ['decision', '0'],
      ['beat', 'reply: It is a job interview, he says.'],
      ['decision', '1'],
      ['beat', 'reply: He takes the lounge.'],
      ['ended', 'The lounge instead'],
    ]);
  });

  it('sends the mood before and after and the sounds with each reply', () => {
    const encounter = new Encounter(lift, { seed: 1 });
    const beats: EncounterEvents['beat'][] = [];
    encounter.on('beat', (b) => beats.push(b));
    encounter.choose(0);
    encounter.choose(0);
    expect(beats.map((b) => [b.moodBefore, b.mood, b.scene, b.sounds])).toEqual([
      ['worried', 'relieved', 'hotel-basement', []],
      ['relieved', 'delighted', 'hotel-basement', ['door-chime']],
    ]);
  });

  it('restart aborts the old run: its remaining events never arrive and the story starts over', () => {
    const encounter = new Encounter(desk, { seed: 7 });
    const seen = recorder(encounter);
    const oldRun = encounter.signal;
    encounter.on('decision', () => encounter.restart(), { signal: oldRun });
    encounter.choose(0);
    expect(oldRun.aborted).toBe(true);
    // The old run's reply beat was never delivered; the new run's first beat was.
    expect(seen).toEqual([
      ['decision', '0'],
      ['beat', 'start: Mr. Osei reaches the desk with his suitcase half packed.'],
    ]);
    expect(encounter.path).toEqual([]);
    expect(encounter.transcript[0]?.text).toBe(
      'Mr. Osei reaches the desk with his suitcase half packed.',
    );
    expect(encounter.mood).toBe('worried');
  });

  it('drops a late answer made in a run that was restarted while it was pending', async () => {
    const encounter = new Encounter(desk, { seed: 7 });
    const seen = recorder(encounter);
    const asked = encounter.signal;
    const answer = Promise.resolve(1); // e.g. a server round trip
    encounter.restart();
    const late = encounter.choose(await answer, asked);
    expect(late.ok).toBe(false);
    expect(encounter.path).toEqual([]);
    expect(seen.filter(([type]) => type === 'decision')).toEqual([]);
  });

  it('close stops everything, also when its outer signal aborts', () => {
    const outer = new AbortController();
    const encounter = new Encounter(desk, { seed: 7, signal: outer.signal });
    const seen = recorder(encounter);
    outer.abort();
    expect(encounter.isClosed).toBe(true);
    expect(encounter.choose(0)).toEqual({ ok: false, error: 'the encounter is closed' });
    encounter.restart();
    expect(seen).toEqual([]);
    expect(encounter.signal.aborted).toBe(true);
  });
});

describe("Encounter: the learner's words", () => {
  it('puts each chosen option in the transcript as You, right before the reply', () => {
    const encounter = new Encounter(desk, { seed: 0 });
    const opening = encounter.transcript.length;
    const chosen = encounter.choices[1]?.text ?? '';
    encounter.choose(1);
    const said = encounter.transcript[opening];
    expect(said).toMatchObject({ speaker: 'You', text: chosen });
    expect(encounter.transcript.length).toBeGreaterThan(opening + 1);
  });
});

describe('Encounter: replay from a saved path', () => {
  it('resumes with the same transcript, choices, mood and scene, shuffles included', () => {
    for (const seed of [1, 2, 3]) {
      const played = new Encounter(lift, { seed });
      played.choose(0);
      const resumed = Encounter.resume(lift, played.path, { seed });
      expect(resumed.ok).toBe(true);
      if (!resumed.ok) return;
      expect(resumed.value.transcript).toEqual(played.transcript);
      expect(resumed.value.choices).toEqual(played.choices);
      expect([resumed.value.mood, resumed.value.scene]).toEqual([played.mood, played.scene]);
    }
  });

  it('says which decision a path stops fitting at, and why', () => {
    expect(Encounter.resume(desk, [0, 5], { seed: 0 })).toEqual({
      ok: false,
      error: { at: 1, reason: 'decision 2 has 2 choices, not 6' },
    });
    expect(Encounter.resume(desk, [0, 0, 0], { seed: 0 })).toEqual({
      ok: false,
      error: { at: 2, reason: 'the story ends before decision 3' },
    });
    const { encounter, mismatch } = Encounter.replay(desk, [1, -1], { seed: 0 });
    expect(mismatch).toEqual({ at: 1, reason: 'decision 2 has 2 choices, not -1' });
    expect(encounter.path).toEqual([1]); // kept as far as it fitted
  });

  it('replays a sticky loop path exactly', () => {
    const result = Encounter.resume(fixtureJson('loop.ink'), [0, 0, 0, 1], { seed: 0 });
    expect(result.ok && result.value.ending).toBe('Fixed');
    expect(result.ok && result.value.decisions.length).toBe(4);
  });

  it('draws the scene a "#scene:" line of its own sets just before the choices', () => {
    const encounter = new Encounter(fixtureJson('scene-alone-before-choices.ink'), { seed: 1 });
    // The game's controller changes the stage on each shown line's scene.
    expect(encounter.beat.lines.map((l) => l.scene)).toEqual([undefined, 'hotel-basement']);
    expect(encounter.scene).toBe('hotel-basement');
    encounter.choose(1);
    expect(encounter.decisions[0]?.sceneBefore).toBe('hotel-basement');
  });

  it('faces the choice in the mood and scene that a tag-only line before it set', () => {
    const encounter = new Encounter(fixtureJson('tags-after-last-line.ink'), { seed: 1 });
    expect([encounter.mood, encounter.scene]).toEqual(['angry', 'hotel-basement']);
    encounter.choose(0);
    const [decision] = encounter.decisions;
    expect([decision?.moodBefore, decision?.sceneBefore]).toEqual(['angry', 'hotel-basement']);
    expect(decision?.moodAfter).toBe('calm');
  });
});
