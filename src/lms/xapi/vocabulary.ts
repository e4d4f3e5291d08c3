import type { Verb } from '@xapi/xapi';

const verb = (name: string): Verb => ({
  id: `http://adlnet.gov/expapi/verbs/${name}`,
  display: { 'en-US': name },
});

/** ADL's verbs, the ones every LRS report understands. */
export const VERBS = {
  launched: verb('launched'),
  answered: verb('answered'),
  completed: verb('completed'),
  passed: verb('passed'),
  failed: verb('failed'),
};

export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

// Our own extensions: fixed IRIs, the same in every package, so LRS queries work across courses.
const ext = (name: string) => `urn:x-serving-moments:xapi:${name}`;

export const EXTENSIONS = {
  /** On 'answered': quality id → points this choice moved (negative when it cost). */
  qualitiesMoved: ext('qualities-moved'),
  /** On 'completed', 'passed', 'failed': quality id → percent of what the story lets you earn. */
  qualityPercents: ext('quality-percents'),
  /** On 'launched': the ids of the scenarios in this package. */
  scenarios: ext('scenarios'),
  /** On 'completed': the ending the learner reached. */
  ending: ext('ending'),
} as const;

/** The course IRI when the launch gives none. */
export const DEFAULT_COURSE_IRI = 'urn:x-serving-moments:course';
