import type { FinishedRecord, LearningRecord } from '../../adapters/learning-record.ts';
import type { KeyValueStore } from '../../adapters/storage.ts';
import { AnswersInOrder } from '../answers-in-order.ts';
import type { Notify } from '../notices.ts';
import { DEFAULT_RULE, type CompletionRule } from '../completion-rule.ts';
import { packageOutcome } from '../package-outcome.ts';
import type { QualityId } from '../../core/qualities.ts';
import { CourseProgress } from './course-progress.ts';
import type { XapiLaunch } from './launch.ts';
import { learnerKey } from './learner-key.ts';
import { lrsSender, type SendStatements } from './lrs-client.ts';
import { StatementQueue } from './statement-queue.ts';
import type { TabLocks } from './tab-locks.ts';
import {
  answeredStatement,
  courseStatements,
  finishedStatements,
  launchedStatement,
  type StatementContext,
} from './statements.ts';
import { uuid } from './uuid.ts';
import { DEFAULT_COURSE_IRI } from './vocabulary.ts';

export interface XapiOptions {
  passMark: number;
  /** What the statements call the course and the platform (see StatementContext). */
  courseName?: string;
  platform?: string;
  rule?: CompletionRule;
  /** Where unsent statements wait: localStorage in the browser. */
  store: KeyValueStore;
  send?: SendStatements;
  retryMs?: number;
  newId?: () => string;
  now?: () => Date;
  /** What the learner is told when the LRS refuses the launch's credentials. */
  notify?: Notify;
  /** Lets two tabs of the same learner share the stored queue without sending anything twice. */
  locks?: TabLocks | undefined;
}

export interface XapiRecord extends LearningRecord {
  readonly queue: StatementQueue;
  /** Resolves once every statement so far is queued (decisions wait for their model answers). */
  settled(): Promise<void>;
  /** The page is going away: queues what still waits for its model answers, without them. */
  leave(): void;
}

/**
 * Reports to a learning record store: launched, answered per decision, completed and passed/failed
 * per scenario, and the course activity's own completed and passed/failed once the rule is met.
 */
export function xapiRecord(launch: XapiLaunch, options: XapiOptions): XapiRecord {
  const ctx: StatementContext = {
    actor: launch.actor,
    ...(launch.registration ? { registration: launch.registration } : {}),
    course: launch.activityId ?? DEFAULT_COURSE_IRI,
    passMark: options.passMark,
    ...(options.courseName ? { courseName: options.courseName } : {}),
    ...(options.platform ? { platform: options.platform } : {}),
    newId: options.newId ?? uuid,
    now: options.now ?? (() => new Date()),
  };
  const learner = learnerKey(launch);
  const progress = new CourseProgress(options.store, `serving-moments:xapi-progress:${learner}`);
  const rule = options.rule ?? DEFAULT_RULE;
  let storyIds: readonly string[] = [];
  // Statements go out in the order the learner acted: an ending never overtakes its decisions.
  const order = new AnswersInOrder();
  const queue = new StatementQueue({
    store: options.store,
    // One queue per LRS, learner and registration: statements left from an earlier launch go
    // where they were meant to go, and never under another learner's credentials.
    key: `serving-moments:xapi-queue:${learner}`,
    send: options.send ?? lrsSender(launch),
    ...(options.retryMs !== undefined ? { retryMs: options.retryMs } : {}),
    onRefused: (status) => options.notify?.({ kind: 'lrs-credentials', status }),
    ...(options.locks ? { locks: options.locks } : {}),
  });
  return {
    queue,
    launched: (ids) => {
      storyIds = ids;
      queue.push(launchedStatement(ctx, ids));
    },
    settled: () => order.settled(),
    leave: () => order.flush(),
    decided: (d) => {
      const at = ctx.now();
      order.add(d.modelAnswers, (answers) => queue.push(answeredStatement(ctx, d, answers, at)));
    },
    finished: (f) => {
      const at = ctx.now();
      order.add(undefined, () => ended(f, { ...ctx, now: () => at }));
    },
  };

  function ended(f: FinishedRecord, ctx: StatementContext): void {
    for (const s of finishedStatements(ctx, f)) queue.push(s);
    const qualities: Partial<Record<QualityId, number>> = {};
    for (const row of f.debrief.qualities)
      if (row.percent !== null) qualities[row.id] = row.percent;
    progress.finished(f.storyId, { overall: f.debrief.overall.percent, qualities });
    const outcome = packageOutcome(storyIds, progress.bests, options.passMark, rule);
    const told = progress.told;
    const course = courseStatements(ctx, outcome, told);
    for (const s of course) queue.push(s);
    if (course.length > 0)
      progress.tell({ completed: true, passed: told.passed || !!outcome.passed });
  }
}
