// The game's two workers, as files beside its script: the web build, which a web server serves.
// An LMS package swaps this module for start-workers-inline.ts (scripts/scorm/classic-script.ts),
// since a package opened from disk may not start a worker from a file.

/** The debrief's model answers along a finished play (outlook-worker.ts). */
export const startOutlookWorker = (): Worker =>
  new Worker(new URL('./outlook-worker.ts', import.meta.url), { type: 'module' });

/** The LMS records' model answers at each decision (model-answer-worker.ts). */
export const startModelAnswerWorker = (): Worker =>
  new Worker(new URL('./model-answer-worker.ts', import.meta.url), { type: 'module' });
