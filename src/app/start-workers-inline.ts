import ModelAnswerWorker from './model-answer-worker.ts?worker&inline';
import OutlookWorker from './outlook-worker.ts?worker&inline';

// The same two workers, their code built into the game's script and started from a Blob URL: what
// an LMS package uses, because a page opened from a file (file://) may not start a worker from
// another file, but may from a Blob. Same worker modules, same engine, as start-workers.ts.

export const startOutlookWorker = (): Worker => new OutlookWorker();

export const startModelAnswerWorker = (): Worker => new ModelAnswerWorker();
