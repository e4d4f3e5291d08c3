import type { Interaction } from './interaction.ts';
import type { PackageOutcome } from './package-outcome.ts';
import type { ScormEditionId, ScormPort } from './scorm-api.ts';

/** The data model elements that differ between SCORM 1.2 and 2004 only in name. */
export interface ElementNames {
  entry: string;
  suspend: string;
  location: string;
  exit: string;
  sessionTime: string;
  learnerId: string;
  mode: string;
  credit: string;
}

/** What SCORM 1.2 and 2004 do differently; the session and the record stay edition-blind. */
export interface Edition {
  id: ScormEditionId;
  el: ElementNames;
  suspendLimit: number;
  sessionTime(ms: number): string;
  /** The pass mark the LMS holds for this learner (mastery score), in percent, if it has one. */
  lmsPassMark(port: ScormPort): number | undefined;
  /** Marks a first launch as started: the LMS shows 'incomplete' rather than 'not attempted'. */
  markStarted(port: ScormPort): void;
  writeOutcome(port: ScormPort, outcome: PackageOutcome, passMark: number): void;
  writeInteraction(port: ScormPort, interaction: Interaction): void;
}

/** Reads a number the LMS returned as a string; empty or malformed means it has none. */
export function numberFrom(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** The next free index of a journaled collection (interactions, objectives). */
export function countOf(port: ScormPort, collection: string): number {
  const n = numberFrom(port.get(`${collection}._count`));
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : 0;
}
