import { formatEffects } from '../core/debrief.ts';
import { modelAnswers, type Outlook } from '../core/key-moments.ts';
import type { Decision } from '../core/decision.ts';
import type { WalkthroughPoint } from '../protocol/walkthrough.ts';

export interface PlayedPath {
  name: string;
  decisions: readonly Decision[];
}

interface Gathered {
  firstStep: number;
  order: number;
  said: string;
  decision: Decision;
  /** The choices that led here on the first route a team took to this point. */
  route: number[];
  teams: string[][];
}

function saidBefore(d: Decision): string {
  const said = d.prompt.filter((l) => l.text !== '').slice(-1)[0];
  return said ? (said.speaker ? `${said.speaker}: ${said.text}` : said.text) : '';
}

/** A decision point is known by the options it offers: branches that meet again count as one. */
const keyOf = (d: Decision) => JSON.stringify(d.options.map((o) => o.text));

/** The decision points any team met, in the order the walk-through shows and numbers them. */
function orderedPoints(paths: readonly PlayedPath[]): Gathered[] {
  const points = new Map<string, Gathered>();
  for (const { name, decisions } of paths) {
    decisions.forEach((decision, step) => {
      const key = keyOf(decision);
      let point = points.get(key);
      if (!point) {
        point = {
          firstStep: step,
          order: points.size,
          said: saidBefore(decision),
          decision,
          route: decisions.slice(0, step).map((d) => d.chosen),
          teams: decision.options.map(() => []),
        };
        points.set(key, point);
      }
      point.firstStep = Math.min(point.firstStep, step);
      point.teams[decision.chosen]?.push(name);
    });
  }
  return [...points.values()].sort((a, b) => a.firstStep - b.firstStep || a.order - b.order);
}

/**
 * The number the walk-through gives each of these decisions (one team's), so the team's debrief
 * calls a decision what the facilitator calls it: teams that branched meet a point at different
 * steps, and the walk-through numbers points, not steps.
 */
export function walkthroughNumbers(
  paths: readonly PlayedPath[],
  decisions: readonly Decision[],
): (number | undefined)[] {
  const numbers = new Map(orderedPoints(paths).map((p, i) => [keyOf(p.decision), i + 1]));
  return decisions.map((d) => numbers.get(keyOf(d)));
}

/**
 * The discussion after the reveal: each decision point that any team met, how many teams took
 * each option, and which option served best with its feedback: the debrief's route-aware model
 * answer (`outlookAt` gives the best total still reachable from each option after a route), read
 * on the first route a team took to that point. Without an outlook, options are judged by their
 * own score, and the point says it is approximate.
 */
export function buildWalkthrough(
  paths: readonly PlayedPath[],
  outlookAt: (route: readonly number[]) => Outlook | undefined = () => undefined,
): WalkthroughPoint[] {
  const ordered = orderedPoints(paths);
  return ordered.map((point, i) => {
    const outlook = outlookAt(point.route);
    const { best } = modelAnswers(point.decision.options, outlook);
    return {
      number: i + 1,
      said: point.said,
      reached: point.teams.reduce((n, t) => n + t.length, 0),
      options: point.decision.options.map((option, o) => ({
        text: option.text,
        effects: formatEffects(option.effects),
        feedback: option.feedback ?? '',
        count: point.teams[o]?.length ?? 0,
        teams: [...(point.teams[o] ?? [])].sort((a, b) => a.localeCompare(b)),
        best: best.includes(option),
      })),
      approximate: !outlook || outlook.some((o) => o.exact === false),
    };
  });
}
