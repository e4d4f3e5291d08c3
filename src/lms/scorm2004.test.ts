import { describe, expect, it, vi } from 'vitest';
import { Playthroughs } from '../app/playthroughs.ts';
import { committed, interactionsOf, launchIn, lms2004 } from '../../test/helpers/lms-apis.ts';
import { fixtureStory, play } from '../../test/helpers/lms-play.ts';

const desk = fixtureStory('small-desk.ink');
const flat = fixtureStory('flat-decision.ink');

type Objective = { id: string; success_status: string; score: { scaled: string; raw: string } };
// Objective ids are URIs (issue 18): one per quality under this prefix.
const Q = 'urn:serving-moments:quality:';
const objectivesOf = (api: ReturnType<typeof lms2004>) =>
  Object.values(committed(api).objectives as Record<string, Objective>);

describe('SCORM 2004 against scorm-again', () => {
  it('initialises and marks a first launch incomplete', () => {
    const api = lms2004();
    const { connection } = launchIn(api, '2004');
    connection.record.launched(['small-desk']);
    expect(api.isInitialized()).toBe(true);
    expect(api.GetValue('cmi.completion_status')).toBe('incomplete');
  });

  it('writes each decision as a choice interaction with its result and qualities', async () => {
    const api = lms2004();
    const commit = vi.spyOn(api, 'Commit');
    const { connection } = launchIn(api, '2004');
    connection.record.launched(['small-desk']);
    commit.mockClear();
    play(desk, { ...connection, pick: (step) => step });
    await connection.record.settled();
    expect(interactionsOf(api)).toEqual([
      expect.objectContaining({
        id: 'urn:serving-moments:small-desk:story-start',
        type: 'choice',
        learner_response: 'ask-what-the-call-is-for',
        result: 'correct',
        description:
          'The small front desk: Mr. Osei: I have a call at noon. Could I keep the room until one?',
        objectives: { '0': { id: `${Q}listening` }, '1': { id: `${Q}empathy` } },
      }),
      expect.objectContaining({
        id: 'urn:serving-moments:small-desk:housekeeping',
        learner_response: 'offer-the-lounge-for-the-call',
        result: 'neutral',
      }),
    ]);
    expect(commit).toHaveBeenCalledTimes(3);
  });

  it('finishing sets completion, success, scaled score and one objective per quality', () => {
    const api = lms2004();
    const { connection } = launchIn(api, '2004');
    connection.record.launched(['small-desk']);
    play(desk, connection);
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    expect(api.GetValue('cmi.success_status')).toBe('passed');
    expect(api.GetValue('cmi.score.scaled')).toBe('1');
    expect(api.GetValue('cmi.score.raw')).toBe('100');
    expect(api.GetValue('cmi.progress_measure')).toBe('1');
    const objectives = objectivesOf(api);
    expect(objectives.map((o) => o.id)).toEqual(
      ['listening', 'empathy', 'foresight', 'stewardship', 'community'].map((q) => Q + q),
    );
    const byId = new Map(objectives.map((o) => [o.id.slice(Q.length), o]));
    expect(byId.get('listening')?.score.scaled).toBe('1');
    // The best-serving path reads full marks in every practised quality (issue 13): it passes
    // every objective, including community, which the best play keeps rather than earns.
    expect(byId.get('stewardship')?.score.raw).toBe('100');
    for (const o of objectives) expect(o.success_status, o.id).toBe('passed');
    expect(byId.get('community')?.score.scaled).toBe('1');
  });

  it("passes a score exactly at the LMS's scaled passing score", () => {
    const api = lms2004({ scaled_passing_score: '0.7' });
    const { connection } = launchIn(api, '2004', 90);
    expect(connection.session.passMark).toBe(70);
  });

  it('updates objectives the LMS declared from the manifest instead of adding duplicates', () => {
    const api = lms2004();
    const { connection } = launchIn(api, '2004');
    api.SetValue('cmi.objectives.0.id', 'urn:serving-moments:serving-score');
    api.SetValue('cmi.objectives.1.id', `${Q}listening`);
    connection.record.launched(['small-desk']);
    play(desk, connection);
    const ids = objectivesOf(api).map((o) => o.id);
    expect(ids.slice(0, 2)).toEqual(['urn:serving-moments:serving-score', `${Q}listening`]);
    expect(ids.filter((id) => id === `${Q}listening`)).toHaveLength(1);
  });

  it('a package of two scenarios completes only when both are finished', () => {
    const api = lms2004();
    const { connection } = launchIn(api, '2004');
    connection.record.launched(['small-desk', 'flat-decision']);
    play(desk, connection);
    expect(api.GetValue('cmi.completion_status')).toBe('incomplete');
    expect(api.GetValue('cmi.success_status')).toBe('unknown');
    expect(api.GetValue('cmi.progress_measure')).toBe('0.5');
    play(flat, connection);
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    expect(['passed', 'failed']).toContain(api.GetValue('cmi.success_status'));
    expect(api.GetValue('cmi.score.scaled')).not.toBe('');
  });

  it('suspends on pagehide with an ISO session time and resumes in the next session', () => {
    const api = lms2004();
    const sent = vi.spyOn(api, 'SetValue');
    const first = launchIn(api, '2004');
    const page = new EventTarget();
    first.connection.session.listen(page);
    first.connection.record.launched(['small-desk']);
    play(desk, { ...first.connection, stopAfter: 1, pick: () => 1 });
    first.tick(3_723_500);
    page.dispatchEvent(new Event('pagehide'));

    expect(api.isTerminated()).toBe(true);
    const last = (el: string) => sent.mock.calls.filter((call) => call[0] === el).at(-1)?.[1];
    expect(last('cmi.exit')).toBe('suspend');
    expect(last('cmi.session_time')).toBe('PT1H2M3.5S');

    const again = lms2004({ entry: 'resume', suspend_data: last('cmi.suspend_data') });
    const second = launchIn(again, '2004');
    expect(new Playthroughs(second.connection.store).load('small-desk').save?.path).toEqual([1]);
  });

  it('commits when the page is hidden, without ending the session', () => {
    const api = lms2004();
    const commit = vi.spyOn(api, 'Commit');
    const { connection } = launchIn(api, '2004');
    const doc = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
    connection.session.listen(new EventTarget(), doc);
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(api.isTerminated()).toBe(false);
  });
});
