import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeWindow } from '../../test/helpers/fake-window.ts';
import { noLearningRecord } from '../adapters/learning-record.ts';
import { MemoryStore, type StorageFailure } from '../adapters/storage.ts';
import { startCmi5Lms } from '../../test/helpers/cmi5-lms.ts';
import { lms12, lms2004 } from '../../test/helpers/lms-apis.ts';
import { fixtureStory, play } from '../../test/helpers/lms-play.ts';
import { startLrs } from '../../test/helpers/lrs-server.ts';
import { QuotaStorage } from '../../test/helpers/quota-storage.ts';
import { cmi5PlayVerbs, verbsOf, xapiPlayVerbs } from '../../test/helpers/statement-verbs.ts';
import type { Cmi5Record } from './cmi5/cmi5-record.ts';
import type { XapiRecord } from './xapi/xapi-record.ts';
import { DEFAULT_RULE } from './completion-rule.ts';
import { detectLearningRecords } from './detect.ts';

const stops: (() => unknown)[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const stop of stops.splice(0)) await stop();
});
const WAIT = { timeout: 15_000, interval: 20 };
/** Which store a key belongs to, without the learner part. */
const owner = (f: StorageFailure) => f.key.split(':').slice(0, 2).join(':');

describe('detectLearningRecords', () => {
  it('does nothing in a plain web page: no record, and the app keeps its own store', () => {
    const found = detectLearningRecords(fakeWindow(), { passMark: 70, rule: DEFAULT_RULE });
    expect(found.record).toBe(noLearningRecord);
    expect(found.store).toBeUndefined();
  });

  it("connects to the package's own edition first when an LMS offers both", () => {
    const old = lms12();
    const current = lms2004();
    const win = fakeWindow({ API: old, API_1484_11: current });
    const found = detectLearningRecords(win, { passMark: 70, rule: DEFAULT_RULE, edition: '1.2' });
    expect(found.store).toBeDefined();
    expect(old.isInitialized()).toBe(true);
    expect(current.isInitialized()).toBe(false);
    win.dispatchEvent(new Event('pagehide'));
    expect(old.isTerminated()).toBe(true);
  });

  it('reports to an LRS named in the launch URL', () => {
    const send = vi.fn(async () => undefined);
    vi.stubGlobal('fetch', send);
    const actor = encodeURIComponent('{"mbox":"mailto:ann@example.com","name":"Ann"}');
    const win = fakeWindow({}, `?endpoint=http://127.0.0.1:9/lrs&actor=${actor}&auth=Basic%20eDp5`);
    const found = detectLearningRecords(win, { passMark: 70, rule: DEFAULT_RULE });
    expect(found.record).not.toBe(noLearningRecord);
    expect(found.store).toBeUndefined();
  });

  it("keeps a SCORM learner's progress list in memory when the device refuses it, and tells it as progress", () => {
    const disk = QuotaStorage.full();
    const told: [StorageFailure, string][] = [];
    const win = fakeWindow({ API_1484_11: lms2004(), localStorage: disk });
    const found = detectLearningRecords(
      win,
      { passMark: 70, rule: DEFAULT_RULE },
      undefined,
      (f, s) => told.push([f, s]),
    );
    const progress = '{"v":1,"attempts":[{"storyId":"small-desk"}]}';
    found.store!.set('serving-moments:progress', progress);
    // What was just written is read back, not what the device held before.
    expect(found.store!.get('serving-moments:progress')).toBe(progress);
    expect(told.map(([f, s]) => [f.reason, s])).toEqual([['QuotaExceededError', 'progress']]);
    expect([...disk.items.keys()]).toEqual(['other-app-cache']);
    win.dispatchEvent(new Event('pagehide'));
  });

  it('sends every xAPI result from memory when the device storage is full, and reports each refused write', async () => {
    const lrs = await startLrs();
    stops.push(() => lrs.stop());
    const disk = QuotaStorage.full();
    const failures: StorageFailure[] = [];
    const actor = encodeURIComponent('{"mbox":"mailto:ann@example.com","name":"Ann"}');
    const win = fakeWindow(
      { localStorage: disk },
      `?endpoint=${encodeURIComponent(lrs.endpoint)}&actor=${actor}&auth=Basic%20eDp5`,
    );
    const found = detectLearningRecords(win, { passMark: 0, rule: DEFAULT_RULE }, undefined, (f) =>
      failures.push(f),
    );
    const record = found.record as XapiRecord;
    stops.push(() => record.queue.stop());
    record.launched(['small-desk']);
    play(fixtureStory('small-desk.ink'), { record, store: new MemoryStore() });

    // The course is completed and passed from the best results this page keeps in memory.
    await vi.waitFor(
      () => expect(verbsOf(lrs.statements).slice(-2)).toEqual(['completed', 'passed']),
      WAIT,
    );
    expect(verbsOf(lrs.statements)).toEqual(xapiPlayVerbs(2, 'passed'));
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => f.reason === 'QuotaExceededError')).toBe(true);
    expect(new Set(failures.map(owner))).toEqual(
      new Set(['serving-moments:xapi-queue', 'serving-moments:xapi-progress']),
    );
    // Nothing of this page's reached the device: it holds what it held before.
    expect([...disk.items.keys()]).toEqual(['other-app-cache']);
  });

  it('runs a cmi5 launch on a device whose storage is full, and reports the refused writes', async () => {
    const lms = await startCmi5Lms();
    stops.push(() => lms.stop());
    const failures: StorageFailure[] = [];
    const search = new URL(lms.launchUrl('http://127.0.0.1/index.html')).search;
    const win = fakeWindow({ localStorage: QuotaStorage.full() }, search);
    const found = detectLearningRecords(win, { passMark: 0, rule: DEFAULT_RULE }, undefined, (f) =>
      failures.push(f),
    );
    const record = found.record as Cmi5Record;
    stops.push(() => record.queue.stop());
    record.launched(['small-desk']);
    play(fixtureStory('small-desk.ink'), { record, store: new MemoryStore() });
    record.terminate();

    await vi.waitFor(() => expect(verbsOf(lms.statements).at(-1)).toBe('terminated'), WAIT);
    expect(verbsOf(lms.statements)).toEqual(cmi5PlayVerbs(2, 'passed'));
    expect(lms.violations).toEqual([]);
    expect(new Set(failures.map(owner))).toEqual(
      new Set(['serving-moments:cmi5-queue', 'serving-moments:cmi5-progress']),
    );
  });
});
