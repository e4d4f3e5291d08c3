import { describe, expect, it } from 'vitest';
import { buildDebrief, NOT_PRACTISED } from './debrief';
import { exploreStory } from './explore';
import { replayPath } from './session';
import { fixtureJson } from '../../test/helpers/fixtures';

function debriefOf(fixture: string, path: number[]) {
  const json = fixtureJson(fixture);
  const { ranges } = exploreStory(json);
  const replay = replayPath(json, 0, path);
  if (!replay.ok) throw new Error(replay.reason);
  return buildDebrief('t', 'Mr. Osei', replay.session.ending, replay.session.decisions, ranges);
}

describe('buildDebrief', () => {
  it('shows each quality as a share of its reachable maximum, unscored ones as not practised', () => {
    const view = debriefOf('small-desk.ink', [0, 1]);
    const row = (id: string) => view.qualities.find((q) => q.id === id);
    expect(view.qualities).toHaveLength(10);
    expect(row('listening')).toMatchObject({ score: 1, max: 2, percent: 50, display: '50%' });
    expect(row('empathy')).toMatchObject({ percent: 100, display: '100%' });
    expect(row('foresight')).toMatchObject({ percent: 0, display: '0%' });
    expect(row('healing')).toMatchObject({ percent: null, display: NOT_PRACTISED });
    expect(view.overall).toEqual({ percent: 50, display: '50%', points: 3, best: 6 });
    expect(view.ending).toBe('The lounge instead');
  });

  it('gives each key moment the mood change, the qualities moved, feedback and the model answer', () => {
    const view = debriefOf('small-desk.ink', [1, 0]);
    expect(view.decisions[0]).toEqual({
      number: 1,
      said: 'Mr. Osei: I have a call at noon. Could I keep the room until one?',
      chosen: 'Say checkout is at eleven',
      feedback: 'The rule protects the next guest, but he feels processed.',
      effects: 'Stewardship +1, Empathy −1',
      moodBefore: 'worried',
      moodAfter: 'frustrated',
      barriers: [
        {
          id: 'follow-procedures',
          label: '“Follow procedures, stick to policies”',
          means: 'Applying the rule because it is the rule, whatever the case.',
        },
      ],
      model: {
        text: 'Ask what the call is for',
        feedback: 'Asking first shows the need matters more than the rule.',
        effects: 'Listening +2, Empathy +1',
      },
      chosenIsModel: false,
    });
    expect(view.decisions[1]?.chosenIsModel).toBe(true);
    expect(view.decisions[1]?.model.text).toBe("Offer one o'clock and tell housekeeping now");
  });

  it('calls a high-scoring playthrough that leaves the customer better off ALIVE service', () => {
    const view = debriefOf('small-desk.ink', [0, 0]);
    expect(view.verdict.served).toBe(true);
    expect(view.verdict.heading).toBe('You served: ALIVE service');
    expect(view.verdict.barriers).toEqual([]);
    expect(view.verdict.test).toEqual({
      first: 'worried',
      last: 'relieved',
      betterOff: true,
      text: 'Mr. Osei came to you worried and left relieved: better off than they came.',
    });
  });

  it('calls a rule-first playthrough DEAD service and names the barrier fallen into', () => {
    const view = debriefOf('small-desk.ink', [1, 1]);
    expect(view.verdict.served).toBe(false);
    expect(view.verdict.heading).toBe('You serviced: DEAD service');
    expect(view.verdict.barriers.map((b) => [b.id, b.times])).toEqual([['follow-procedures', 1]]);
    expect(view.verdict.test.text).toBe(
      'Mr. Osei came to you worried and left calm: better off than they came.',
    );
  });

  it('never shows NaN or Infinity for a quality whose reachable maximum is 0', () => {
    const view = debriefOf('only-losses.ink', [0]);
    const empathy = view.qualities.find((q) => q.id === 'empathy');
    expect(empathy?.max).toBe(0);
    expect(empathy?.percent).toBeNull();
    expect(empathy?.display).toBe('-2 points (nothing to earn here)');
    for (const q of view.qualities) expect(q.display).not.toMatch(/NaN|Infinity/);
    expect(view.overall.display).toBe('0%');
  });

  it('clamps a negative total to 0% overall and shows the points lost', () => {
    const view = debriefOf('small-desk.ink', [1, 1]);
    expect(view.qualities.find((q) => q.id === 'listening')?.display).toBe('0% (-1 point)');
  });
});
