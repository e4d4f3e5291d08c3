import type { Statement } from '@xapi/xapi';
import type { LearningRecord } from '../../adapters/learning-record.ts';
import type { KeyValueStore } from '../../adapters/storage.ts';
import type { QualityId } from '../../core/qualities.ts';
import { AnswersInOrder } from '../answers-in-order.ts';
import { DEFAULT_RULE, type CompletionRule } from '../completion-rule.ts';
import { packageOutcome } from '../package-outcome.ts';
import { CourseProgress } from '../xapi/course-progress.ts';
import { learnerKey } from '../xapi/learner-key.ts';
import { lrsSender, type SendStatements } from '../xapi/lrs-client.ts';
import { StatementQueue } from '../xapi/statement-queue.ts';
import type { TabLocks } from '../xapi/tab-locks.ts';
import { answeredStatement } from '../xapi/statements.ts';
import { uuid } from '../xapi/uuid.ts';
import type { Cmi5Launch } from './launch.ts';
import { fetchAuthToken, readLaunchData, type Fetch, type LaunchData } from './launch-data.ts';
import {
  allowed,
  completed,
  initialized,
  judged,
  terminated,
  type Cmi5Context,
} from './statements.ts';

export interface Cmi5Options {
  passMark: number;
  /** What the statements call the course and the platform (see StatementContext). */
  courseName?: string;
  platform?: string;
  rule?: CompletionRule;
  store: KeyValueStore;
  fetch?: Fetch;
  /** Replaces the LRS client (tests); it gets the session's authorization header. */
  sender?: (auth: string) => SendStatements;
  retryMs?: number;
  newId?: () => string;
  now?: () => Date;
  /** Told once when the launch could not be completed: tracking is off for this session. */
  onProblem?: (message: string) => void;
  /** Lets two tabs of the same learner share the stored queue without sending anything twice. */
  locks?: TabLocks | undefined;
}

export interface Cmi5Record extends LearningRecord {
  readonly queue: StatementQueue;
  /** Resolves with the LMS's launch data, or undefined when the launch failed. */
  readonly ready: Promise<LaunchData | undefined>;
  /** Sends 'terminated' (once): the page is going away. Nothing is sent after it. */
  terminate(): void;
  /** Resolves once every statement so far is queued (decisions wait for their model answers). */
  settled(): Promise<void>;
}

/**
 * The AU side of a cmi5 launch: fetch the token, read LMS.LaunchData, then 'initialized'; per
 * decision an allowed 'answered'; 'completed' once the package's completion rule is met and
 * 'passed'/'failed' by its pass rule (the LMS's masteryScore wins), only in Normal launch mode;
 * 'terminated' last. The LMS applies moveOn to these statements.
 */
export function cmi5Record(launch: Cmi5Launch, options: Cmi5Options): Cmi5Record {
  const now = options.now ?? (() => new Date());
  const started = now().getTime();
  const elapsed = () => now().getTime() - started;
  const fetchFn = options.fetch ?? ((...a: Parameters<Fetch>) => fetch(...a));
  const key = learnerKey({ ...launch });
  const progress = new CourseProgress(options.store, `serving-moments:cmi5-progress:${key}`);
  let storyIds: readonly string[] = [];
  let ended = false;
  // Statements go out in the order the learner acted: an ending never overtakes its decisions.
  const order = new AnswersInOrder();

  const opening = (async () => {
    const token = await fetchAuthToken(launch, fetchFn);
    const data = await readLaunchData(launch, token, fetchFn);
    return { auth: `Basic ${token}`, data };
  })();
  const sender = opening.then(
    ({ auth }) =>
      options.sender?.(auth) ?? lrsSender({ endpoint: launch.endpoint, auth, actor: launch.actor }),
  );
  sender.catch(() => undefined); // a failed launch is reported through `ready`
  const queue = new StatementQueue({
    store: options.store,
    key: `serving-moments:cmi5-queue:${key}`,
    // One client for the session: a new one per batch would load @xapi/xapi again each time, and
    // that load does not finish while the page is going away, so 'terminated' never went out.
    send: async (batch) => (await sender)(batch),
    ...(options.retryMs !== undefined ? { retryMs: options.retryMs } : {}),
    ...(options.locks ? { locks: options.locks } : {}),
  });
  const ready = opening.then(
    ({ data }) => data,
    (err: unknown) => {
      queue.stop();
      options.onProblem?.(err instanceof Error ? err.message : String(err));
      return undefined;
    },
  );
  // Every call waits for the launch, in order, so 'initialized' is always the first statement.
  let chain: Promise<Cmi5Context | undefined> = ready.then((data) => {
    if (!data) return undefined;
    const ctx: Cmi5Context = { launch, data, newId: options.newId ?? uuid, now };
    queue.push(initialized(ctx));
    return ctx;
  });
  const then = (step: (ctx: Cmi5Context) => void) => {
    chain = chain.then((ctx) => {
      if (ctx && !ended) step(ctx);
      return ctx;
    });
  };
  const push = (statements: Statement[]) => {
    for (const s of statements) queue.push(s);
  };

  return {
    queue,
    ready,
    launched: (ids) => {
      storyIds = ids;
    },
    decided: (d) => {
      const at = now();
      order.add(d.modelAnswers, (answers) =>
        then((ctx) => {
          if (ctx.data.launchMode === 'Review') return;
          const base = answeredStatement(
            {
              actor: launch.actor,
              registration: launch.registration,
              course: launch.activityId,
              passMark: options.passMark,
              ...(options.courseName ? { courseName: options.courseName } : {}),
              ...(options.platform ? { platform: options.platform } : {}),
              newId: ctx.newId,
              now,
            },
            d,
            answers,
            at,
          );
          push([allowed(ctx, base)]);
        }),
      );
    },
    finished: (f) =>
      order.add(undefined, () =>
        then((ctx) => {
          if (ctx.data.launchMode !== 'Normal') return;
          const qualities: Partial<Record<QualityId, number>> = {};
          for (const row of f.debrief.qualities)
            if (row.percent !== null) qualities[row.id] = row.percent;
          progress.finished(f.storyId, { overall: f.debrief.overall.percent, qualities });
          const mastery = ctx.data.masteryScore;
          const passMark =
            mastery !== undefined ? Math.round(mastery * 1e4) / 1e2 : options.passMark;
          const rule =
            mastery !== undefined
              ? { ...(options.rule ?? DEFAULT_RULE), passWhen: 'overall' as const }
              : (options.rule ?? DEFAULT_RULE);
          const outcome = packageOutcome(storyIds, progress.bests, passMark, rule);
          if (!outcome.complete || outcome.score === undefined) return;
          const told = progress.told;
          const out: Statement[] = [];
          if (!told.completed) out.push(completed(ctx, elapsed()));
          // Passed once; failed only at first completion, and never after a pass (section 9.3).
          if (outcome.passed && !told.passed) out.push(judged(ctx, true, outcome.score, elapsed()));
          else if (!outcome.passed && !told.completed)
            out.push(judged(ctx, false, outcome.score, elapsed()));
          push(out);
          progress.tell({ completed: true, passed: told.passed || !!outcome.passed });
        }),
      ),
    settled: () => order.settled().then(() => chain.then(() => undefined)),
    terminate: () => {
      order.flush();
      then((ctx) => {
        push([terminated(ctx, elapsed())]);
        ended = true;
      });
    },
  };
}
