import type { Context, Statement } from '@xapi/xapi';
import { isoDuration } from '../scorm-time.ts';
import type { Cmi5Launch } from './launch.ts';
import type { LaunchData } from './launch-data.ts';

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
} as const;

const adl = (name: string) => ({
  id: `http://adlnet.gov/expapi/verbs/${name}`,
  display: { 'en-US': name },
});

export interface Cmi5Context {
  launch: Cmi5Launch;
  data: LaunchData;
  newId: () => string;
  now: () => Date;
}

/**
 * The context every statement of the session carries: the LMS's template (its session id and
 * grouping), our registration, and for cmi5-defined statements the cmi5 (and moveOn) category.
 */
function contextOf(ctx: Cmi5Context, categories: string[]): Context {
  const template = ctx.data.contextTemplate;
  const activities = template.contextActivities ?? {};
  return {
    ...template,
    registration: ctx.launch.registration,
    contextActivities: {
      ...activities,
      ...(categories.length > 0
        ? { category: [...(activities.category ?? []), ...categories.map((id) => ({ id }))] }
        : {}),
    },
  };
}

function defined(
  ctx: Cmi5Context,
  verb: string,
  categories: string[],
  result?: Statement['result'],
  extensions?: Record<string, unknown>,
): Statement {
  const context = contextOf(ctx, categories);
  return {
    id: ctx.newId(),
    actor: ctx.launch.actor,
    verb: adl(verb),
    object: { objectType: 'Activity', id: ctx.launch.activityId },
    ...(result ? { result } : {}),
    context: extensions
      ? { ...context, extensions: { ...context.extensions, ...extensions } }
      : context,
    timestamp: ctx.now().toISOString(),
  };
}

export const initialized = (ctx: Cmi5Context) => defined(ctx, 'initialized', [CMI5.category]);

export const completed = (ctx: Cmi5Context, durationMs: number) =>
  defined(ctx, 'completed', [CMI5.category, CMI5.moveOn], {
    completion: true,
    duration: isoDuration(durationMs),
  });

/** passed or failed, with the score and, when the LMS set one, the mastery score it was judged by. */
export function judged(ctx: Cmi5Context, passed: boolean, score: number, durationMs: number) {
  const mastery = ctx.data.masteryScore;
  return defined(
    ctx,
    passed ? 'passed' : 'failed',
    [CMI5.category, CMI5.moveOn],
    {
      success: passed,
      score: { scaled: score / 100, raw: score, min: 0, max: 100 },
      duration: isoDuration(durationMs),
    },
    mastery !== undefined ? { [CMI5.masteryScore]: mastery } : undefined,
  );
}

export const terminated = (ctx: Cmi5Context, durationMs: number) =>
  defined(ctx, 'terminated', [CMI5.category], { duration: isoDuration(durationMs) });

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** An "allowed" statement (an answered decision): the session's context without the cmi5 category. */
export function allowed(ctx: Cmi5Context, statement: Statement): Statement {
  const context = contextOf(ctx, []);
  const template = context.contextActivities ?? {};
  const own = statement.context?.contextActivities ?? {};
  // The template's activities (the LMS's grouping) stay; the statement's own are added to them.
  const merged: Record<string, { id: string }[]> = {};
  for (const key of ['parent', 'grouping', 'category', 'other'] as const) {
    const list = [...asList(template[key]), ...asList(own[key])];
    if (list.length > 0) merged[key] = list;
  }
  return { ...statement, context: { ...context, contextActivities: merged } };
}
