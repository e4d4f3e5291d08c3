import { countOf, numberFrom, type Edition } from './edition.ts';
import { interactionId } from './interaction.ts';
import { cmiTimeOfDay, cmiTimespan } from './scorm-time.ts';
import { SUSPEND_LIMITS } from './suspend-budget.ts';

const STATUS = 'cmi.core.lesson_status';

/** CMIIdentifier: no spaces; story ids are file names and points ink names, so this is rare. */
const identifier = (text: string) => text.replace(/[^A-Za-z0-9_.:%-]/g, '_').slice(0, 255);

export const scorm12: Edition = {
  id: '1.2',
  el: {
    entry: 'cmi.core.entry',
    suspend: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    learnerId: 'cmi.core.student_id',
    mode: 'cmi.core.lesson_mode',
    credit: 'cmi.core.credit',
  },
  suspendLimit: SUSPEND_LIMITS['1.2'],
  sessionTime: cmiTimespan,
  lmsPassMark: (port) => numberFrom(port.get('cmi.student_data.mastery_score')),
  markStarted(port) {
    const status = port.get(STATUS);
    if (status === '' || status === 'not attempted') port.set(STATUS, 'incomplete');
  },
  writeOutcome(port, outcome) {
    if (!outcome.complete || outcome.score === undefined) return;
    port.set('cmi.core.score.min', '0');
    port.set('cmi.core.score.max', '100');
    port.set('cmi.core.score.raw', String(outcome.score));
    // One status field carries both completion and success in 1.2; a pass is never taken back.
    if (outcome.passed) port.set(STATUS, 'passed');
    else if (port.get(STATUS) !== 'passed') port.set(STATUS, 'failed');
  },
  writeInteraction(port, it) {
    const at = `cmi.interactions.${countOf(port, 'cmi.interactions')}`;
    port.set(`${at}.id`, identifier(interactionId(it.storyId, it.question)));
    port.set(`${at}.type`, 'choice');
    it.correct?.letters.forEach((l, i) => port.set(`${at}.correct_responses.${i}.pattern`, l));
    port.set(`${at}.student_response`, it.letter);
    port.set(`${at}.result`, it.result);
    port.set(`${at}.time`, cmiTimeOfDay(it.at));
  },
};
