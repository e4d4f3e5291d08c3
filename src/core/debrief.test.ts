import { describe, expect, it } from 'vitest';
import { buildDebrief, debriefOf as debriefOfStory, NOT_PRACTISED } from './debrief';
import { exploreStory } from './explore';
import { Encounter } from './encounter.ts';
import { fixtureJson } from '../../test/helpers/fixtures';

function debriefOf(fixture: string, path: number[], customer = 'Mr. Osei') {
  const json = fixtureJson(fixture);
  const { ranges } = exploreStory(json);
  const replay = Encounter.resume(json, path, { seed: 0 });
  if (!replay.ok) throw new Error(replay.error.reason);
  return buildDebrief('t', customer, replay.value.ending, replay.value.decisions, ranges);
}
const lateNews = (path: number[]) => debriefOf('late-news.ink', path, 'Ana Sousa');

describe('buildDebrief', () => {
  it('marks the overall score approximate when the best it is a share of was cut by a bound', () => {
    // Ten +1/0/−1 listening decisions: after the first +1, a cut exploration has met too little.
    const json = fixtureJson('loops/ten-merged.ink');
    const cut = exploreStory(json, { maxStates: 3 }).ranges;
    expect(cut.exact).toBe(false);
    const replay = Encounter.resume(json, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], { seed: 0 });
    if (!replay.ok) throw new Error(replay.error.reason);
    const { overall } = buildDebrief('t', 'c', replay.value.ending, replay.value.decisions, cut);
    expect(overall.approximate).toBe(true);
    expect(overall.display).toBe(`about ${overall.percent}%`);
    const exact = exploreStory(json).ranges;
    const whole = buildDebrief('t', 'c', replay.value.ending, replay.value.decisions, exact);
    expect(whole.overall).toEqual({ percent: 100, display: '100%', points: 10, best: 10 });
  });

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
      reaction: {
        mood: 'frustrated',
        onStage: true,
        text: 'Mr. Osei went from worried to frustrated.',
      },
      tradeOffs: 'Trade-offs you made: you gained Stewardship +1; you spent Empathy −1.',
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
      defensible: [
        {
          text: 'Ask what the call is for',
          feedback: 'Asking first shows the need matters more than the rule.',
          effects: 'Listening +2, Empathy +1',
        },
      ],
      chosenIsModel: false,
      // No outlooks given: each option was judged by its own score, and the debrief says so.
      approximate: true,
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
      text: 'Mr. Osei came to you worried and was relieved after your last choice: better off than they came.',
    });
  });

  it('calls a rule-first playthrough DEAD service and names the barrier fallen into', () => {
    const view = debriefOf('small-desk.ink', [1, 1]);
    expect(view.verdict.served).toBe(false);
    expect(view.verdict.heading).toBe('You serviced: DEAD service');
    expect(view.verdict.barriers.map((b) => [b.id, b.times])).toEqual([['follow-procedures', 1]]);
    expect(view.verdict.failure).toMatchObject({ kind: 'rules', times: 1 });
    expect(view.verdict.explanation).toMatch(/^Held to rules and routines: one of your choices/);
  });

  it('never shows NaN or Infinity for a quality whose reachable maximum is 0', () => {
    const view = debriefOf('only-losses.ink', [0]);
    const empathy = view.qualities.find((q) => q.id === 'empathy');
    expect(empathy?.max).toBe(0);
    // The best play keeps empathy intact; losing both points keeps none of it.
    expect(empathy).toMatchObject({ kind: 'kept', bestPlay: 0, percent: 0 });
    expect(empathy?.display).toBe('0%: lost 2 points the best play keeps');
    for (const q of view.qualities) expect(q.display).not.toMatch(/NaN|Infinity/);
    expect(view.overall.display).toBe('0%');
  });

  it('clamps a negative total to 0% overall and shows the points lost', () => {
    const view = debriefOf('small-desk.ink', [1, 1]);
    expect(view.qualities.find((q) => q.id === 'listening')?.display).toBe('0% (-1 point)');
  });

  it('credits a choice only with the reaction before a scene change or another speaker’s news', () => {
    const [first, second] = lateNews([0, 0, 0]).decisions;
    // The coach news arrives with the move to the office: decision 1 is not blamed for it.
    expect(first?.reaction).toMatchObject({ mood: 'calm', cut: 'scene' });
    expect(first?.reaction.line).toBe('The postcode box. In my country we have none.');
    expect(first?.moodAfter).toBe('calm');
    // Ravi's offer of a lift, not the question, is what relieves her.
    expect(second?.reaction).toMatchObject({ mood: 'frustrated', cut: 'other-speaker' });
    expect(second?.reaction.text).toBe(
      'Ana Sousa: “My coach home is cancelled.” Ana Sousa stayed frustrated.',
    );
  });

  it('takes the first mood from where the customer first appears and lets the ending state the outcome', () => {
    const best = lateNews([0, 0, 0]).verdict;
    expect(best.test).toMatchObject({ first: 'worried', betterOff: true, stated: 'better-off' });
    expect(best.served).toBe(true);
    // Relieved at the last choice, but the ending says the form came back rejected.
    const sent = lateNews([0, 0, 1]).verdict;
    expect(sent.test).toMatchObject({ last: 'relieved', betterOff: false, stated: 'worse-off' });
    expect(sent.test.text).toBe('The ending says it: Ana Sousa left worse off than they came.');
    expect(sent.served).toBe(false);
    expect(sent.failure?.kind).toBe('rescue');
    const json = fixtureJson('late-news.ink');
    const replay = Encounter.resume(json, [0, 0, 1], { seed: 0 });
    if (!replay.ok) throw new Error(replay.error.reason);
    const lenient = buildDebrief(
      't',
      'Ana Sousa',
      replay.value.ending,
      replay.value.decisions,
      exploreStory(json).ranges,
      { aliveAt: 50 },
    ).verdict;
    // Above the threshold, but the customer is worse off: still DEAD, and it says why.
    expect(lenient.served).toBe(false);
    expect(lenient.failure?.kind).toBe('worse-off');
  });

  it('names how a DEAD play failed: a rescue at a cost, or not listening', () => {
    const rescue = lateNews([1, 0, 1]).verdict;
    expect(rescue.served).toBe(false);
    expect(rescue.failure).toMatchObject({ kind: 'rescue', times: 2 });
    expect(rescue.explanation).toMatch(/^Rescued at a cost someone else pays/);
    const deaf = lateNews([2, 0, 0]).verdict;
    expect(deaf.served).toBe(false);
    expect(deaf.failure).toMatchObject({ kind: 'listen', times: 1 });
    expect(deaf.explanation).toMatch(/^Did not listen/);
  });

  it('reads the ALIVE threshold as a setting of the package', () => {
    const json = fixtureJson('late-news.ink');
    const { ranges } = exploreStory(json);
    const replay = Encounter.resume(json, [0, 1, 0], { seed: 0 });
    if (!replay.ok) throw new Error(replay.error.reason);
    const at = (aliveAt: number) =>
      buildDebrief('t', 'Ana Sousa', replay.value.ending, replay.value.decisions, ranges, {
        aliveAt,
      });
    const percent = at(60).overall.percent;
    expect(at(percent).verdict.served).toBe(true);
    expect(at(percent + 1).verdict.served).toBe(false);
  });

  it('reads every quality against the best-serving play: that play reads full marks throughout', () => {
    const best = debriefOf('small-desk.ink', [0, 0]);
    expect(best.overall.percent).toBe(100);
    for (const q of best.qualities)
      expect(q.percent === null ? q.display : q.percent, q.id).toBe(
        q.percent === null ? NOT_PRACTISED : 100,
      );
    // Earning more than the best play reads full marks, and says what it cost in words.
    const lounge = debriefOf('small-desk.ink', [0, 1]);
    expect(lounge.qualities.find((q) => q.id === 'community')).toMatchObject({
      percent: 100,
      beyond:
        'more than the best play earns (1 against 0), at a cost to Listening, Foresight, Stewardship',
    });
  });

  it('gives every one of several equally good plays full marks, and shows both model answers', () => {
    const json = fixtureJson('judge-guide.ink');
    const { ranges } = exploreStory(json);
    const story = { meta: { title: 't', customer: 'Omar Haddad' }, ranges, json };
    for (const path of [
      [0, 0, 0],
      [0, 0, 1],
    ]) {
      const replay = Encounter.resume(json, path, { seed: 0 });
      if (!replay.ok) throw new Error(replay.error.reason);
      const view = debriefOfStory(story, replay.value);
      expect(view.overall.percent).toBe(100);
      expect(view.verdict.served).toBe(true);
      for (const q of view.qualities) if (q.percent !== null) expect(q.percent, q.id).toBe(100);
      const last = view.decisions[2];
      expect(last?.chosenIsModel).toBe(true);
      expect(last?.defensible.map((o) => o.text).sort()).toEqual([
        'Say sorry that the depot let her down',
        'Tell him how to flag a late parcel next time',
      ]);
    }
  });

  it('names the option from which the best total is still reachable, and what the choice put out of reach', () => {
    const json = fixtureJson('judge-guide.ink');
    const { ranges } = exploreStory(json);
    const replay = Encounter.resume(json, [0, 1, 0], { seed: 0 });
    if (!replay.ok) throw new Error(replay.error.reason);
    const view = debriefOfStory(
      { meta: { title: 't', customer: 'Omar Haddad' }, ranges, json },
      replay.value,
    );
    const second = view.decisions[1];
    expect(second?.chosenIsModel).toBe(false);
    expect(second?.model.text).toBe('Find it in the cage now and run the closing checks late');
    expect(second?.tradeOffs).toMatch(/and it put 1 point of the best play out of reach\.$/);
  });
});
