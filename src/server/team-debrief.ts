import { debriefOf, type DebriefView } from '../core/debrief.ts';
import type { LiveSession, LiveTeam } from './live-session.ts';
import { readSessionLuck } from './session-luck.ts';
import { outlooksReady, playOutlooks, prepareOutlooks } from './story-outlooks.ts';
import { done, refuse, type Outcome } from './outcome.ts';
import { walkthroughNumbers } from './walkthrough.ts';

// A team's debrief, once built for a path, is kept: devices re-ask on every reconnection.
const built = new WeakMap<LiveTeam, { path: string; view: DebriefView }>();
// Teams sent an approximate debrief while the model answers were being worked out: each is sent
// the exact one once, when the table is ready, however many times its devices asked before.
const awaitingExact = new WeakSet<LiveTeam>();

/** The team's decisions numbered as the host's walk-through numbers them, read from every team. */
function asWalkedThrough(session: LiveSession, team: LiveTeam, view: DebriefView): DebriefView {
  const paths = [...session.teams.values()].map((t) => ({ name: t.name, decisions: t.decisions }));
  const numbers = walkthroughNumbers(paths, team.decisions);
  return {
    ...view,
    decisions: view.decisions.map((m, i) => ({ ...m, number: numbers[i] ?? m.number })),
  };
}

/**
 * The team's own debrief, built on the server from its live playthrough. Only once the results
 * are revealed (or the session ended): before that, feedback and model answers would tell the
 * team which options serve best while others still play.
 */
export function teamDebrief(
  session: LiveSession,
  team: LiveTeam,
  sendExact?: (view: DebriefView) => void,
): Outcome<DebriefView> {
  const { phase, revealed } = session.record;
  if (!revealed && phase !== 'ended') {
    return refuse('wrong-phase', 'Your debrief appears when the facilitator reveals the results.');
  }
  const path = team.path.join(',');
  const cached = built.get(team);
  if (cached?.path === path) return done(asWalkedThrough(session, team, cached.view));
  // Read before the table is ready (a server just restarted), the model answers are approximate
  // and say so: such a debrief is not kept, and `sendExact` gets the exact one when it is ready.
  const ready = outlooksReady(session.story);
  const outlooks = playOutlooks(session.story, session.record.seed, team.encounter.decisions);
  const view = debriefOf(session.story, team.encounter, { outlooks, aliveAt: session.aliveAt });
  if (ready) built.set(team, { path, view });
  else if (sendExact && !awaitingExact.has(team)) {
    awaitingExact.add(team);
    const { story, record } = session;
    // The luck cache may let the seed go while the table is prepared: read again in slices first.
    void prepareOutlooks(story)
      .then(() => readSessionLuck(story, record.seed))
      .then(() => {
        awaitingExact.delete(team);
        const exact = teamDebrief(session, team);
        if (exact.ok) sendExact(exact.value);
      });
  }
  return done(asWalkedThrough(session, team, view));
}
