import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeWindow } from '../../test/helpers/fake-window.ts';
import { lms12, lms2004 } from '../../test/helpers/lms-apis.ts';
import { DEFAULT_RULE } from './completion-rule.ts';
import { detectLearningRecords } from './detect.ts';
import { readableName } from './learner-name.ts';

const CONFIG = { passMark: 70, rule: DEFAULT_RULE };
afterEach(() => vi.unstubAllGlobals());

describe('the learner’s name for the PDF summary', () => {
  it('reads a SCORM name written last name first as a person would say it', () => {
    expect(readableName('Ruiz, Ana', true)).toBe('Ana Ruiz');
    expect(readableName('  Ana   Ruiz ', true)).toBe('Ana Ruiz');
    expect(readableName('Ruiz, Ana, Maria', true)).toBe('Ruiz, Ana, Maria');
    expect(readableName('', true)).toBeUndefined();
    expect(readableName('Smith, Jr', false)).toBe('Smith, Jr');
  });

  it('comes from a SCORM 1.2 and a SCORM 2004 LMS', () => {
    const old = detectLearningRecords(
      fakeWindow({ API: lms12({ core: { student_id: 'a1', student_name: 'Ruiz, Ana' } }) }),
      { ...CONFIG, edition: '1.2' },
    );
    expect(old.learnerName).toBe('Ana Ruiz');
    const current = detectLearningRecords(
      fakeWindow({ API_1484_11: lms2004({ learner_id: 'b2', learner_name: 'Okafor, Chidi' }) }),
      { ...CONFIG, edition: '2004' },
    );
    expect(current.learnerName).toBe('Chidi Okafor');
  });

  it('comes from the actor of an xAPI launch, and is absent in a plain web page', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => undefined),
    );
    const actor = encodeURIComponent('{"mbox":"mailto:ann@example.com","name":"Ann Lee"}');
    const win = fakeWindow({}, `?endpoint=http://127.0.0.1:9/lrs&actor=${actor}&auth=Basic%20eDp5`);
    expect(detectLearningRecords(win, CONFIG).learnerName).toBe('Ann Lee');
    expect(detectLearningRecords(fakeWindow(), CONFIG).learnerName).toBeUndefined();
  });
});
