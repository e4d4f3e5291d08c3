import { describe, expect, it } from 'vitest';
import type { DebriefView } from '../core/debrief.ts';
import { modelAnswersUpdate } from './model-answers-notice.ts';

/** A debrief whose decisions are approximate as given: only that is read here. */
const debrief = (...approximate: boolean[]) =>
  ({ decisions: approximate.map((a) => ({ approximate: a })) }) as unknown as DebriefView;

describe('the team page, sent its debrief again', () => {
  it('says the model answers are now exact when none is approximate any more', () => {
    expect(modelAnswersUpdate(debrief(true, true), debrief(false, false))).toBe(
      'The model answers below are now exact.',
    );
  });

  it('says some are still approximate when the bound cut some of them', () => {
    expect(modelAnswersUpdate(debrief(true, true), debrief(false, true))).toBe(
      'The model answers below are updated; some are still approximate.',
    );
  });

  it('changes nothing when the debrief is no better than the one shown', () => {
    expect(modelAnswersUpdate(debrief(false, false), debrief(false, false))).toBeUndefined();
    expect(modelAnswersUpdate(debrief(true, false), debrief(true, false))).toBeUndefined();
  });
});
