import { countOf, numberFrom, type Edition } from './edition.ts';
import { interactionId } from './interaction.ts';
import { qualityObjectiveId } from './objective-id.ts';
import type { PackageOutcome } from './package-outcome.ts';
import type { ScormPort } from './scorm-api.ts';
import { isoDuration, scormTimestamp } from './scorm-time.ts';
import { SUSPEND_LIMITS } from './suspend-budget.ts';

const COMPLETION = 'cmi.completion_status';
const SUCCESS = 'cmi.success_status';

function objectiveIndex(port: ScormPort, id: string): { at: string; known: boolean } {
  const count = countOf(port, 'cmi.objectives');
  for (let n = 0; n < count; n++)
    if (port.get(`cmi.objectives.${n}.id`) === id)
      return { at: `cmi.objectives.${n}`, known: true };
  return { at: `cmi.objectives.${count}`, known: false };
}

/** One objective per quality: the LMS reports how the learner served, quality by quality. */
function writeObjectives(port: ScormPort, outcome: PackageOutcome, passMark: number): void {
  for (const q of outcome.objectives) {
    const id = qualityObjectiveId(q.id);
    const { at, known } = objectiveIndex(port, id);
    if (!known) port.set(`${at}.id`, id);
    port.set(`${at}.description`, q.label);
    port.set(`${at}.score.scaled`, String(q.percent / 100));
    port.set(`${at}.score.raw`, String(q.percent));
    port.set(`${at}.score.min`, '0');
    port.set(`${at}.score.max`, '100');
    port.set(`${at}.success_status`, q.percent >= passMark ? 'passed' : 'failed');
    port.set(`${at}.completion_status`, outcome.complete ? 'completed' : 'incomplete');
  }
}

export const scorm2004: Edition = {
  id: '2004',
  el: {
    entry: 'cmi.entry',
    suspend: 'cmi.suspend_data',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    learnerId: 'cmi.learner_id',
    mode: 'cmi.mode',
    credit: 'cmi.credit',
  },
  suspendLimit: SUSPEND_LIMITS['2004'],
  sessionTime: isoDuration,
  lmsPassMark(port) {
    const scaled = numberFrom(port.get('cmi.scaled_passing_score'));
    // Rounded: 0.7 * 100 is 70.00000000000001, which a score of exactly 70 would fail.
    return scaled === undefined ? undefined : Math.round(scaled * 1e4) / 1e2;
  },
  markStarted(port) {
    const status = port.get(COMPLETION);
    if (status === '' || status === 'unknown' || status === 'not attempted')
      port.set(COMPLETION, 'incomplete');
  },
  writeOutcome(port, outcome, passMark) {
    if (outcome.total > 0)
      port.set(
        'cmi.progress_measure',
        String(Math.round((outcome.finished / outcome.total) * 1e4) / 1e4),
      );
    writeObjectives(port, outcome, passMark);
    if (!outcome.complete || outcome.score === undefined) return;
    port.set(COMPLETION, 'completed');
    port.set('cmi.score.scaled', String(outcome.score / 100));
    port.set('cmi.score.raw', String(outcome.score));
    port.set('cmi.score.min', '0');
    port.set('cmi.score.max', '100');
    if (outcome.passed) port.set(SUCCESS, 'passed');
    else if (port.get(SUCCESS) !== 'passed') port.set(SUCCESS, 'failed');
  },
  writeInteraction(port, it) {
    const at = `cmi.interactions.${countOf(port, 'cmi.interactions')}`;
    // Type first: the LMS checks the response against it (SCORM error 408 otherwise).
    port.set(`${at}.id`, interactionId(it.storyId, it.question));
    port.set(`${at}.type`, 'choice');
    it.correct?.slugs.forEach((s, i) => port.set(`${at}.correct_responses.${i}.pattern`, s));
    port.set(`${at}.learner_response`, it.slug);
    port.set(`${at}.result`, it.result === 'wrong' ? 'incorrect' : it.result);
    port.set(`${at}.description`, it.description);
    port.set(`${at}.timestamp`, scormTimestamp(it.at));
    it.qualities.forEach((q, i) => port.set(`${at}.objectives.${i}.id`, qualityObjectiveId(q)));
  },
};
