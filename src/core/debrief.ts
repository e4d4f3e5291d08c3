import { keyMoment, type KeyMoment, type Outlook } from './key-moments.ts';
import { verdictOf, type Verdict } from './verdict.ts';
import type { Mood } from './moods.ts';
import { optionOutlooks, type ExploreBudget, type ScoreRanges } from './explore.ts';
import { OUTLOOK_BUDGET, OutlookTable } from './outlook-table.ts';
import { readQualities, type QualityRow } from './readings.ts';
import { scoreEffects, totalScore } from './scoring.ts';
import type { Decision } from './decision.ts';

export interface DebriefView {
  storyTitle: string;
  ending: string;
  qualities: QualityRow[];
  overall: { percent: number; display: string; points: number; best: number };
  decisions: KeyMoment[];
  verdict: Verdict;
}

export { formatEffects } from './key-moments.ts';

export { NOT_PRACTISED, READING_RULE, type QualityRow } from './readings.ts';

function share(score: number, max: number): number {
  if (max <= 0) return 0;
  return Math.round(Math.min(1, Math.max(0, score / max)) * 100);
}

/** The customer's mood at their first '#mood:' line, wherever in the play they appear. */
function firstMoodOf(decisions: readonly Decision[]): Mood {
  const lines = [...(decisions[0]?.prompt ?? []), ...decisions.flatMap((d) => d.reply)];
  return lines.find((l) => l.mood)?.mood ?? 'calm';
}

export interface DebriefSettings {
  /** Overall percent at or above which a play is ALIVE (a per-package product setting). */
  aliveAt?: number;
  /** Per decision, the best total still reachable from each option (route-aware model answers). */
  outlooks?: readonly (Outlook | undefined)[];
}

/** The debrief as strings and numbers: what served, and by how much, with no pixels. */
export function buildDebrief(
  storyTitle: string,
  customer: string,
  ending: string | undefined,
  decisions: readonly Decision[],
  ranges: ScoreRanges,
  settings: DebriefSettings = {},
): DebriefView {
  const chosen = decisions.map((d) => d.options[d.chosen]);
  const scores = scoreEffects(chosen.map((o) => o?.effects ?? []));
  const points = totalScore(scores);
  const best = ranges.maxTotal;
  const percent = share(points, best);
  const moments = decisions.map((d, i) => keyMoment(d, i + 1, customer, settings.outlooks?.[i]));
  const last = moments[moments.length - 1];
  const stated = decisions[decisions.length - 1]?.reply.find((l) => l.outcome)?.outcome;
  return {
    storyTitle,
    ending: ending ?? 'The story ended without a named ending',
    qualities: readQualities(scores, points, ranges),
    overall: { percent, display: `${percent}%`, points, best },
    decisions: moments,
    verdict: verdictOf({
      customer,
      overallPercent: percent,
      firstMood: firstMoodOf(decisions),
      lastMood: last?.moodAfter ?? firstMoodOf(decisions),
      ...(stated ? { stated } : {}),
      choices: moments.map((m, i) => ({ effects: chosen[i]?.effects ?? [], barriers: m.barriers })),
      ...(settings.aliveAt !== undefined ? { aliveAt: settings.aliveAt } : {}),
    }),
  };
}

/** The debrief of a played session of a story: the one way browser, server and reports build it. */
export function debriefOf(
  story: { meta: { title: string; customer: string }; ranges: ScoreRanges; json?: string },
  session: { ending: string | undefined; decisions: readonly Decision[]; seed?: number },
  settings: DebriefSettings = {},
): DebriefView {
  const { json } = story;
  const outlooks =
    settings.outlooks ??
    (json === undefined ? undefined : outlooksOf(json, session.seed ?? 0, session.decisions));
  return buildDebrief(
    story.meta.title,
    story.meta.customer,
    session.ending,
    session.decisions,
    story.ranges,
    { ...settings, ...(outlooks ? { outlooks } : {}) },
  );
}

/**
 * The best total still reachable from each option at the decision reached by `prefix`, explored
 * from that route alone. Bounded by states and steps, never the clock, so it gives the same answer
 * on any machine; an outlook that was cut is left out (undefined). The debrief reads the
 * `OutlookTable` instead (one exploration for every route); this stays as its reference.
 */
export function outlookAt(
  json: string,
  seed: number,
  prefix: readonly number[],
): Outlook | undefined {
  const outlook = optionOutlooks(json, seed, prefix, OUTLOOK_BUDGET);
  return outlook.every((o) => o.exact) ? outlook : undefined;
}

// The last story's table: a report or a test reads many plays of one story in a row.
let last: { json: string; table: OutlookTable } | undefined;

function tableFor(json: string, budget?: ExploreBudget): OutlookTable {
  if (budget) return new OutlookTable(json, budget);
  if (last?.json !== json) last = { json, table: new OutlookTable(json) };
  return last.table;
}

/**
 * For each decision along a played path, the outlook given the choices before it: read off the
 * story's outlook table, so the answers are exact wherever the table is, and marked approximate
 * (`exact: false`) where its bound cut it, whatever the machine's load.
 */
export function outlooksAlong(
  json: string,
  seed: number,
  path: readonly number[],
  budget?: ExploreBudget,
): (Outlook | undefined)[] {
  return tableFor(json, budget).along(seed, path);
}

/** For each decision of a play, the outlook given the choices before it. */
export function outlooksOf(
  json: string,
  seed: number,
  decisions: readonly Decision[],
  budget?: ExploreBudget,
): (Outlook | undefined)[] {
  return outlooksAlong(
    json,
    seed,
    decisions.map((d) => d.chosen),
    budget,
  );
}
