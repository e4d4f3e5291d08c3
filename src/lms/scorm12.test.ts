import { describe, expect, it, vi } from 'vitest';
import { Playthroughs } from '../app/playthroughs.ts';
import { interactionsOf, launchIn, lms12 } from '../../test/helpers/lms-apis.ts';
import { fixtureStory, play } from '../../test/helpers/lms-play.ts';

const desk = fixtureStory('small-desk.ink');
const KEY = 'serving-moments:playthrough:small-desk';

describe('SCORM 1.2 against scorm-again', () => {
  it('initialises and marks a first launch incomplete', () => {
    const api = lms12();
    const { connection } = launchIn(api, '1.2');
    connection.record.launched(['small-desk']);
    expect(api.isInitialized()).toBe(true);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('writes one interaction per decision and commits after each', async () => {
    const api = lms12();
    const commit = vi.spyOn(api, 'LMSCommit');
    const { connection } = launchIn(api, '1.2');
    connection.record.launched(['small-desk']);
    commit.mockClear();
    play(desk, { ...connection, pick: (step) => (step === 0 ? 0 : 1) });
    await connection.record.settled();
    const interactions = interactionsOf(api);
    expect(interactions).toEqual([
      expect.objectContaining({
        id: 'urn:serving-moments:small-desk:story-start',
        type: 'choice',
        student_response: 'a',
        result: 'correct',
      }),
      expect.objectContaining({
        id: 'urn:serving-moments:small-desk:housekeeping',
        student_response: 'b',
        result: 'neutral',
      }),
    ]);
    // Two decisions and the ending: the LMS has everything even if the tab is closed now.
    expect(commit).toHaveBeenCalledTimes(3);
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('small-desk');
  });

  it('finishing the package sets passed and the overall serving score', () => {
    const api = lms12();
    const { connection } = launchIn(api, '1.2');
    connection.record.launched(['small-desk']);
    play(desk, connection);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('100');
    expect(api.LMSGetValue('cmi.core.score.min')).toBe('0');
    expect(api.LMSGetValue('cmi.core.score.max')).toBe('100');
  });

  it('fails below the pass mark, and a later pass is kept even after a worse replay', () => {
    const api = lms12();
    const { connection } = launchIn(api, '1.2');
    connection.record.launched(['small-desk']);
    play(desk, { ...connection, pick: () => 1 });
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('failed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('0');
    play(desk, connection);
    play(desk, { ...connection, pick: () => 1 });
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('100');
  });

  it("uses the LMS's mastery score when it sets one", () => {
    const api = lms12({ student_data: { mastery_score: '0' } });
    const { connection } = launchIn(api, '1.2');
    connection.record.launched(['small-desk']);
    play(desk, { ...connection, pick: () => 1 });
    expect(connection.session.passMark).toBe(0);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
  });

  it('suspends the choice path on pagehide and resumes it in the next session', () => {
    const api = lms12();
    const sent = vi.spyOn(api, 'LMSSetValue');
    const first = launchIn(api, '1.2');
    const page = new EventTarget();
    first.connection.session.listen(page);
    first.connection.record.launched(['small-desk']);
    play(desk, { ...first.connection, stopAfter: 1 });
    first.tick(83_450);
    page.dispatchEvent(new Event('pagehide'));

    expect(api.isTerminated()).toBe(true);
    const last = (el: string) => sent.mock.calls.filter((call) => call[0] === el).at(-1)?.[1];
    expect(last('cmi.core.exit')).toBe('suspend');
    expect(last('cmi.core.session_time')).toBe('0000:01:23.45');
    const suspended = api.cmi.suspend_data;
    expect(suspended).toMatch(/^sm1\|p=small-desk:/);
    expect(suspended.length).toBeLessThanOrEqual(4096);

    const again = lms12({ core: { entry: 'resume' }, suspend_data: suspended });
    const second = launchIn(again, '1.2');
    const loaded = new Playthroughs(second.connection.store).load('small-desk');
    expect(loaded.save).toEqual({
      v: 1,
      storyId: 'small-desk',
      hash: desk.hash,
      seed: 1,
      path: [0],
    });
    second.connection.record.launched(['small-desk']);
    play(desk, { ...second.connection, from: loaded.save?.path ?? [] });
    expect(again.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
  });

  it('ignores suspend data on a new attempt (ab-initio)', () => {
    const api = lms12({
      core: { entry: 'ab-initio' },
      suspend_data: 'sm1|p=small-desk:abc:1:0|b=',
    });
    const { connection } = launchIn(api, '1.2');
    expect(connection.store.get(KEY)).toBeNull();
  });

  it('keeps other keys on the device, apart for each learner', () => {
    const api = lms12({ core: { student_id: 'ann' } });
    const { connection, local } = launchIn(api, '1.2');
    connection.store.set('serving-moments:progress', '{"v":1,"attempts":[]}');
    expect(local.get('serving-moments:lms:ann:serving-moments:progress')).toBe(
      '{"v":1,"attempts":[]}',
    );
    expect(api.cmi.suspend_data).toBe('');
  });

  it('records nothing in review mode', () => {
    const api = lms12({ core: { lesson_mode: 'review', lesson_status: 'passed' } });
    const { connection } = launchIn(api, '1.2');
    connection.record.launched(['small-desk']);
    play(desk, { ...connection, pick: () => 1 });
    expect(interactionsOf(api)).toHaveLength(0);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
  });
});
