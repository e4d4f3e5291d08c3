import type { DebriefView } from '../core/debrief.ts';

const approximate = (view: DebriefView) => view.decisions.filter((d) => d.approximate).length;

/**
 * What the team page says when the server sends a debrief again (pushed once the model answers
 * are worked out, or with a rejoin): undefined when it is no better than the one shown, so the
 * page is left alone; else whether its model answers are now exact or some still approximate (a
 * story too large to explore fully stays approximate where its bound cut it).
 */
export function modelAnswersUpdate(shown: DebriefView, fresh: DebriefView): string | undefined {
  const left = approximate(fresh);
  if (left >= approximate(shown)) return undefined;
  return left === 0
    ? 'The model answers below are now exact.'
    : 'The model answers below are updated; some are still approximate.';
}
