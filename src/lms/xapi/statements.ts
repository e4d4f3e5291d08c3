import type { Activity, Actor, Context, Statement } from '@xapi/xapi';
import type { DecisionRecord, FinishedRecord } from '../../adapters/learning-record.ts';
import type { PackageOutcome } from '../package-outcome.ts';
import { interactionId, interactionOf, slugOf } from '../interaction.ts';
import { isoDuration } from '../scorm-time.ts';
import { ACTIVITY_TYPES, EXTENSIONS, VERBS } from './vocabulary.ts';

export interface StatementContext {
  actor: Actor;
  registration?: string;
  /** The course activity IRI: every scenario and decision IRI hangs below it. */
  course: string;
  /** The course activity's name: the package's title or the brand's product name. */
  courseName?: string;
  /** The product the learner uses, as the statements' platform. */
  platform?: string;
  passMark: number;
  newId: () => string;
  now: () => Date;
}

const en = (text: string) => ({ 'en-US': text });

const courseActivity = (ctx: StatementContext): Activity => ({
  objectType: 'Activity',
  id: ctx.course,
  definition: { type: ACTIVITY_TYPES.course, name: en(ctx.courseName ?? 'Serving Moments') },
});

const scenarioIri = (ctx: StatementContext, storyId: string) =>
  `${ctx.course}/scenarios/${encodeURIComponent(storyId)}`;

const scenarioActivity = (ctx: StatementContext, storyId: string, title: string): Activity => ({
  objectType: 'Activity',
  id: scenarioIri(ctx, storyId),
  definition: { type: ACTIVITY_TYPES.simulation, name: en(title) },
});

const baseContext = (ctx: StatementContext): Context => ({
  ...(ctx.registration ? { registration: ctx.registration } : {}),
  platform: ctx.platform ?? 'Serving Moments',
  language: 'en-US',
});

function context(ctx: StatementContext, parent?: Activity): Context {
  return {
    ...baseContext(ctx),
    contextActivities: {
      ...(parent ? { parent: [parent] } : {}),
      grouping: [courseActivity(ctx)],
    },
  };
}

// Each statement carries its own id and the time it happened, so a retried send is idempotent
// and a statement delivered late still says when the learner acted.
const stamp = (ctx: StatementContext) => ({
  id: ctx.newId(),
  actor: ctx.actor,
  timestamp: ctx.now().toISOString(),
});

export function launchedStatement(ctx: StatementContext, storyIds: readonly string[]): Statement {
  return {
    ...stamp(ctx),
    verb: VERBS.launched,
    object: courseActivity(ctx),
    context: { ...baseContext(ctx), extensions: { [EXTENSIONS.scenarios]: [...storyIds] } },
  };
}

/**
 * A decision as 'answered': the activity is the question (its choice point in the ink, the same on
 * every route), defined with the customer's line, the options and, when worked out, the model
 * answers as the correct responses. Its id is the SCORM interactions' id (a URN, so a valid IRI):
 * one question, one activity, in every report.
 */
export function answeredStatement(
  ctx: StatementContext,
  d: DecisionRecord,
  answers?: readonly number[],
  at: Date = ctx.now(),
): Statement {
  const moved: Record<string, number> = {};
  for (const e of d.effects) moved[e.quality] = (moved[e.quality] ?? 0) + e.amount;
  const it = interactionOf(d, at, answers);
  return {
    ...stamp(ctx),
    timestamp: at.toISOString(),
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: interactionId(d.storyId, it.question),
      definition: {
        type: ACTIVITY_TYPES.interaction,
        name: en(it.description),
        ...(d.question ? { description: en(d.question) } : {}),
        interactionType: 'choice',
        choices: d.options.map((text) => ({ id: slugOf(text), description: en(text) })),
        ...(it.correct ? { correctResponsesPattern: it.correct.slugs } : {}),
      },
    },
    result: {
      response: it.slug,
      ...(it.result !== 'neutral' ? { success: it.result === 'correct' } : {}),
      extensions: { [EXTENSIONS.qualitiesMoved]: moved },
    },
    context: context(ctx, scenarioActivity(ctx, d.storyId, d.title)),
  };
}

/** 'completed' and then 'passed' or 'failed' against the pass mark, both with score and duration. */
export function finishedStatements(ctx: StatementContext, f: FinishedRecord): Statement[] {
  const { overall, qualities, ending } = f.debrief;
  const percents: Record<string, number> = {};
  for (const q of qualities) if (q.percent !== null) percents[q.id] = q.percent;
  const result = {
    score: { scaled: overall.percent / 100, raw: overall.percent, min: 0, max: 100 },
    completion: true,
    duration: isoDuration(f.durationMs),
  };
  const object = scenarioActivity(ctx, f.storyId, f.title);
  const passed = overall.percent >= ctx.passMark;
  return [
    {
      ...stamp(ctx),
      verb: VERBS.completed,
      object,
      result: {
        ...result,
        response: ending,
        extensions: { [EXTENSIONS.qualityPercents]: percents },
      },
      context: context(ctx, courseActivity(ctx)),
    },
    {
      ...stamp(ctx),
      verb: passed ? VERBS.passed : VERBS.failed,
      object,
      result: {
        ...result,
        success: passed,
        extensions: { [EXTENSIONS.qualityPercents]: percents },
      },
      context: context(ctx, courseActivity(ctx)),
    },
  ];
}

/**
 * The course activity itself, once the package's completion rule is met: 'completed' once, and
 * 'passed' or 'failed' by the pass rule; a later pass after a fail is sent, a pass is never undone.
 */
export function courseStatements(
  ctx: StatementContext,
  outcome: PackageOutcome,
  told: { completed: boolean; passed: boolean },
): Statement[] {
  if (!outcome.complete || outcome.score === undefined) return [];
  const percents: Record<string, number> = {};
  for (const q of outcome.objectives) percents[q.id] = q.percent;
  const result = {
    score: { scaled: outcome.score / 100, raw: outcome.score, min: 0, max: 100 },
    completion: true,
    extensions: { [EXTENSIONS.qualityPercents]: percents },
  };
  const object = courseActivity(ctx);
  const out: Statement[] = [];
  if (!told.completed)
    out.push({ ...stamp(ctx), verb: VERBS.completed, object, result, context: baseContext(ctx) });
  if (outcome.passed && !told.passed)
    out.push({
      ...stamp(ctx),
      verb: VERBS.passed,
      object,
      result: { ...result, success: true },
      context: baseContext(ctx),
    });
  else if (!outcome.passed && !told.completed)
    out.push({
      ...stamp(ctx),
      verb: VERBS.failed,
      object,
      result: { ...result, success: false },
      context: baseContext(ctx),
    });
  return out;
}
