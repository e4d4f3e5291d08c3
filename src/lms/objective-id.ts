/**
 * SCORM 2004 objective ids are URIs, as the data model recommends for identifiers, so an LMS that
 * pools objectives across courses never mistakes "listening" here for another course's.
 */
export const qualityObjectiveId = (quality: string) =>
  `urn:serving-moments:quality:${encodeURIComponent(quality)}`;

/** The primary objective: satisfied by the overall serving score against the pass mark. */
export const SCORE_OBJECTIVE_ID = 'urn:serving-moments:serving-score';
