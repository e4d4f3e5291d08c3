import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../adapters/storage.ts';
import { lms12, lms2004, launchIn } from '../../test/helpers/lms-apis.ts';
import { fixtureStory, play } from '../../test/helpers/lms-play.ts';
import type { LmsNotice } from './notices.ts';
import { connectScorm } from './scorm-connect.ts';

const desk = fixtureStory('small-desk.ink');

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Every element the content set, in order (the LMS-side record of writes). */
function writes(
  api: { SetValue?: unknown; LMSSetValue?: unknown },
  name: 'SetValue' | 'LMSSetValue',
) {
  return vi.spyOn(api as Record<typeof name, (el: string, v: string) => string>, name);
}

/**
 * A learner's record in either edition's LMS, with the calls that would write to it watched: what
 * the LMS says the mode and the status are, whatever the edition calls them.
 */
const watched = {
  '2004': (data: Record<string, unknown>) => {
    const api = lms2004(data);
    return {
      api,
      mode: () => api.cmi.mode,
      status: () => api.cmi.completion_status,
      set: writes(api, 'SetValue'),
      commit: vi.spyOn(api, 'Commit'),
      terminate: vi.spyOn(api, 'Terminate'),
    };
  },
  '1.2': (data: Record<string, unknown>) => {
    const api = lms12(data);
    return {
      api,
      mode: () => api.cmi.core.lesson_mode,
      status: () => api.cmi.core.lesson_status,
      set: writes(api, 'LMSSetValue'),
      commit: vi.spyOn(api, 'LMSCommit'),
      terminate: vi.spyOn(api, 'LMSFinish'),
    };
  },
};

describe('review and browse modes are read-only', () => {
  // `status` is the learner's status the LMS shows afterwards: what it held (a 1.2 LMS marks a
  // browse `browsed` itself when the content finishes).
  const rows = [
    {
      edition: '2004',
      mode: 'review',
      data: { mode: 'review', completion_status: 'completed', suspend_data: '' },
      status: 'completed',
    },
    {
      edition: '1.2',
      mode: 'review',
      data: { core: { lesson_mode: 'review', lesson_status: 'passed' } },
      status: 'passed',
    },
    {
      edition: '2004',
      mode: 'browse',
      data: { mode: 'browse', suspend_data: '' },
      status: 'unknown',
    },
    {
      edition: '1.2',
      mode: 'browse',
      data: { core: { lesson_mode: 'browse' } },
      status: 'browsed',
    },
  ] as const;
  for (const { edition, mode, data, status } of rows) {
    it(`SCORM ${edition} ${mode}: nothing is written or committed, and the learner is told`, () => {
      const lms = watched[edition](data);
      expect(lms.mode()).toBe(mode);
      const notices: LmsNotice[] = [];
      const { connection } = launchIn(lms.api, edition, 70, { notify: (n) => notices.push(n) });
      connection.record.launched(['small-desk']);
      play(desk, { ...connection, pick: () => 1 });
      connection.session.commit();
      connection.session.terminate();
      expect(lms.set).not.toHaveBeenCalled();
      expect(lms.commit).not.toHaveBeenCalled();
      expect(lms.terminate).toHaveBeenCalledTimes(1);
      expect(lms.status()).toBe(status);
      expect(notices).toEqual([{ kind: mode }]);
    });
  }
});

describe('no credit', () => {
  it('the play is recorded as usual, and the learner is told it does not count', async () => {
    for (const [edition, api] of [
      ['2004', lms2004({ credit: 'no-credit' })],
      ['1.2', lms12({ core: { credit: 'no-credit' } })],
    ] as const) {
      const notices: LmsNotice[] = [];
      const { connection } = launchIn(api, edition, 70, { notify: (n) => notices.push(n) });
      connection.record.launched(['small-desk']);
      play(desk, { ...connection, pick: () => 1 });
      await connection.record.settled();
      expect(notices, edition).toEqual([{ kind: 'no-credit' }]);
      const get = (el: string) => ('GetValue' in api ? api.GetValue(el) : api.LMSGetValue(el));
      const status = get(edition === '2004' ? 'cmi.completion_status' : 'cmi.core.lesson_status');
      expect(Number(get('cmi.interactions._count')), edition).toBeGreaterThan(0);
      expect(['completed', 'passed', 'failed'], edition).toContain(status);
      connection.session.terminate();
    }
  });
});

describe('LMS failures are told, retried a bounded number of times, and lose nothing', () => {
  it('Initialize refused: three tries, then a notice, and play goes on on the device', () => {
    const api = lms2004();
    const init = vi.spyOn(api, 'Initialize').mockReturnValue('false');
    vi.spyOn(api, 'GetLastError').mockReturnValue('102');
    const notices: LmsNotice[] = [];
    const lms = { API_1484_11: api, parent: null };
    const connection = connectScorm(
      { parent: lms },
      { passMark: 70, local: () => new MemoryStore(), notify: (n) => notices.push(n) },
    );
    expect(connection).toBeUndefined();
    expect(init).toHaveBeenCalledTimes(3);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'initialize-failed' });
    expect((notices[0] as { problem: string }).problem).toMatch(/^102: /);
  });

  it('a SCORM package opened outside any LMS says so', () => {
    const notices: LmsNotice[] = [];
    const none = connectScorm(
      { parent: null },
      {
        passMark: 70,
        local: () => new MemoryStore(),
        expected: true,
        notify: (n) => notices.push(n),
      },
    );
    expect(none).toBeUndefined();
    expect(notices).toEqual([{ kind: 'lms-missing' }]);
  });

  it('Commit refused: retried three times, then one notice; the progress waits on the device', async () => {
    vi.useFakeTimers();
    const api = lms2004();
    const commit = vi.spyOn(api, 'Commit').mockReturnValue('false');
    vi.spyOn(api, 'GetLastError').mockReturnValue('391');
    const notices: LmsNotice[] = [];
    const local = new MemoryStore();
    const { connection } = launchIn(api, '2004', 70, {
      notify: (n) => notices.push(n),
      retryMs: [1000, 3000, 9000],
      local,
    });
    connection.record.launched(['small-desk']);
    expect(commit).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(3000);
    expect(notices).toEqual([]);
    vi.advanceTimersByTime(9000);
    expect(commit).toHaveBeenCalledTimes(4);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'commit-failed' });
    expect((notices[0] as { problem: string }).problem).toMatch(/^391: /);
    // Bounded: nothing more until the learner does something.
    vi.advanceTimersByTime(10 * 60_000);
    expect(commit).toHaveBeenCalledTimes(4);

    // The LMS recovers: the next save goes through, the learner is told, the device copy goes.
    play(desk, { ...connection, stopAfter: 1 });
    await connection.record.settled();
    const key = 'serving-moments:lms-unsaved:2004:';
    expect(local.get(key)).toContain('small-desk');
    commit.mockReturnValue('true');
    connection.session.commit();
    expect(notices.map((n) => n.kind)).toEqual(['commit-failed', 'saved-again']);
    expect(local.get(key)).toBeNull();
  });

  it('progress a failed commit left on the device is resumed at the next launch', () => {
    const local = new MemoryStore();
    const first = lms2004({ learner_id: 'ann' });
    vi.spyOn(first, 'Commit').mockReturnValue('false');
    const { connection } = launchIn(first, '2004', 70, { local, retryMs: [] });
    connection.record.launched(['small-desk']);
    play(desk, { ...connection, stopAfter: 1 });
    connection.session.terminate();

    // The LMS never got the path: its suspend data is empty at the next launch.
    const second = lms2004({ learner_id: 'ann', entry: 'resume', suspend_data: '' });
    const next = launchIn(second, '2004', 70, { local });
    expect(next.connection.session.state.plays.get('small-desk')?.path).toEqual([0]);
    next.connection.record.launched(['small-desk']);
    expect(second.GetValue('cmi.suspend_data')).toContain('small-desk');
  });

  // Another version's suspend data, and the question the learner is asked about it.
  const unreadable = () => {
    const theirs = 'v7;chapter=3;{"quiz":[1,0,1]}';
    const api = lms2004({ entry: 'resume', suspend_data: theirs, learner_id: 'ann' });
    const notices: LmsNotice[] = [];
    const local = new MemoryStore();
    const { connection } = launchIn(api, '2004', 70, { notify: (n) => notices.push(n), local });
    const asked = notices.find((n) => n.kind === 'suspend-unreadable');
    if (!asked) throw new Error('the learner was not asked about the unreadable suspend data');
    return { theirs, api, connection, local, asked };
  };

  it('suspend data another version wrote: kept, nothing is saved over it this session', () => {
    const { theirs, api, connection, local, asked } = unreadable();
    expect(connection.session.state.plays.size).toBe(0);
    expect(local.get('serving-moments:lms-kept:2004:ann')).toBe(theirs);
    asked.answer('keep');
    connection.record.launched(['small-desk']);
    play(desk, { ...connection, stopAfter: 1 });
    connection.session.commit();
    expect(api.GetValue('cmi.suspend_data')).toBe(theirs);
  });

  it('suspend data another version wrote is replaced only when the learner starts over', () => {
    const { theirs, api, connection, asked } = unreadable();
    connection.record.launched(['small-desk']);
    play(desk, { ...connection, stopAfter: 1 });
    // Not answered yet: still theirs, untouched.
    expect(api.GetValue('cmi.suspend_data')).toBe(theirs);
    asked.answer('start-over');
    const saved = api.GetValue('cmi.suspend_data');
    expect(saved.startsWith('sm1|p=small-desk:')).toBe(true);
    expect(saved).not.toContain(theirs);
    // The next launch reads the new progress.
    const again = lms2004({ entry: 'resume', suspend_data: saved, learner_id: 'ann' });
    const next = launchIn(again, '2004', 70, {});
    expect(next.connection.session.state.plays.get('small-desk')?.path).toEqual([0]);
  });
});
