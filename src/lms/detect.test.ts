import { afterEach, describe, expect, it, vi } from 'vitest';
import { noLearningRecord } from '../adapters/learning-record.ts';
import { lms12, lms2004 } from '../../test/helpers/lms-apis.ts';
import { DEFAULT_RULE } from './completion-rule.ts';
import { detectLearningRecords } from './detect.ts';

/** Just enough of a browser window for detection. */
function fakeWindow(extra: Record<string, unknown> = {}, search = ''): Window {
  const win = Object.assign(new EventTarget(), {
    document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
    location: { search },
    ...extra,
  });
  return Object.assign(win, { parent: win, top: win }) as unknown as Window;
}

afterEach(() => vi.unstubAllGlobals());

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
});
