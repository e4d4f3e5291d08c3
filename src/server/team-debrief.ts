import { debriefOf, type DebriefView } from '../core/debrief.ts';
import type { LiveSession, LiveTeam } from './live-session.ts';
import { outlooksReady, playOutlooks } from './story-outlooks.ts';
import { done, refuse, type Outcome } from './outcome.ts';

// A team's debrief, once built for a path, is kept: devices re-ask on every reconnection.
const built = new WeakMap<LiveTeam, { path: string; view: DebriefView }>();

/**
 * The team's own debrief, built on the server from its live playthrough. Only once the results
 * are revealed (or the session ended): before that, feedback and model answers would tell the
 * team which options serve best while others still play.
 */
export function teamDebrief(session: LiveSession, team: LiveTeam): Outcome<DebriefView> {
  const { phase, revealed } = session.record;
  if (!revealed && phase !== 'ended') {
    return refuse('wrong-phase', 'Your debrief appears when the facilitator reveals the results.');
  }
  const path = team.path.join(',');
  const cached = built.get(team);
  if (cached?.path === path) return done(cached.view);
  // Read before the table is ready (a server just restarted), the model answers are approximate
  // and say so: such a debrief is not kept, so the next request gets the exact one.
  const ready = outlooksReady(session.story);
  const outlooks = playOutlooks(session.story, session.record.seed, team.encounter.decisions);
  const view = debriefOf(session.story, team.encounter, { outlooks, aliveAt: session.aliveAt });
  if (ready) built.set(team, { path, view });
  return done(view);
}
