import type { Actor } from '@xapi/xapi';
import type { ScormPort } from './scorm-api.ts';

const ELEMENT = { '1.2': 'cmi.core.student_name', '2004': 'cmi.learner_name' } as const;
const LONGEST = 80;

/**
 * A learner's name as a person reads it. SCORM LMSs give 'Last, First' (the data model says so);
 * cmi5 and xAPI launches give the actor's name as it is. Empty means there is none.
 */
export function readableName(raw: string | undefined, lastFirst: boolean): string | undefined {
  const name = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  const parts = name.split(',').map((p) => p.trim());
  const [last, first] = parts;
  const ordered = lastFirst && parts.length === 2 && last && first ? `${first} ${last}` : name;
  return ordered.slice(0, LONGEST);
}

/** The learner's name from the SCORM LMS, for the PDF summary. */
export const scormLearnerName = (port: ScormPort): string | undefined =>
  readableName(port.get(ELEMENT[port.edition]), true);

/** The learner's name from a cmi5 or xAPI launch's actor, for the PDF summary. */
export const actorLearnerName = (actor: Actor): string | undefined =>
  readableName(typeof actor.name === 'string' ? actor.name : undefined, false);
