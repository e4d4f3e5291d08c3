import type { LearningRecord } from '../../adapters/learning-record.ts';
import type { KeyValueStore } from '../../adapters/storage.ts';
import type { XapiLaunch } from './launch.ts';
import { lrsSender, type SendStatements } from './lrs-client.ts';
import { StatementQueue } from './statement-queue.ts';
import {
  answeredStatement,
  finishedStatements,
  launchedStatement,
  type StatementContext,
} from './statements.ts';
import { uuid } from './uuid.ts';
import { DEFAULT_COURSE_IRI } from './vocabulary.ts';

export interface XapiOptions {
  passMark: number;
  /** Where unsent statements wait: localStorage in the browser. */
  store: KeyValueStore;
  send?: SendStatements;
  retryMs?: number;
  newId?: () => string;
  now?: () => Date;
}

export interface XapiRecord extends LearningRecord {
  readonly queue: StatementQueue;
}

/** Reports to a learning record store: launched, answered per decision, completed, passed/failed. */
export function xapiRecord(launch: XapiLaunch, options: XapiOptions): XapiRecord {
  const ctx: StatementContext = {
    actor: launch.actor,
    ...(launch.registration ? { registration: launch.registration } : {}),
    course: launch.activityId ?? DEFAULT_COURSE_IRI,
    passMark: options.passMark,
    newId: options.newId ?? uuid,
    now: options.now ?? (() => new Date()),
  };
  const queue = new StatementQueue({
    store: options.store,
    // One queue per LRS: statements from an earlier launch go where they were meant to go.
    key: `serving-moments:xapi-queue:${launch.endpoint}`,
    send: options.send ?? lrsSender(launch),
    ...(options.retryMs !== undefined ? { retryMs: options.retryMs } : {}),
  });
  // Statements left from an earlier session (the LRS was down when the learner left) go first.
  if (queue.pending > 0) void queue.flush();
  return {
    queue,
    launched: (ids) => queue.push(launchedStatement(ctx, ids)),
    decided: (d) => queue.push(answeredStatement(ctx, d)),
    finished: (f) => {
      for (const s of finishedStatements(ctx, f)) queue.push(s);
    },
  };
}
