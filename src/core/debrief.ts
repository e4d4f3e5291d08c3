import { keyMoment, type KeyMoment, type Outlook } from './key-moments.ts';
import type { Verdict } from './verdict.ts';
import { optionOutlooks, type ExploreBudget, type ScoreRanges } from './explore.ts';
import { OUTLOOK_BUDGET, OutlookTable } from './outlook-table.ts';
import { readingBasis } from './luck.ts';
import { readPlay, type PlayReading } from './play-reading.ts';
import type { QualityRow } from './readings.ts';
import type { Decision } from './decision.ts';
import type { Pronoun } from './pronouns.ts';

export interface DebriefView {
  storyTitle: string;
  ending: string;
  qualities: QualityRow[];
  overall: PlayReading['overall'];
  decisions: KeyMoment[];
  verdict: Verdict;
}

export { formatEffects } from './key-moments.ts';

export { NOT_MET, NOT_PRACTISED, READING_RULE, type QualityRow } from './readings.ts';

export interface DebriefSettings {
  /** Overall percent at or above which a play is ALIVE (a per-package product setting). */
  aliveAt?: number;
  /** Per decision, the best total still reachable from each option (route-aware model answers). */
  outlooks?: readonly (Outlook | undefined)[];
  /** The story's `# pronouns:` for the customer, for the debrief's own sentences. */
  pronoun?: Pronoun;
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
  const { qualities, overall, verdict } = readPlay(
    customer,
    decisions,
    ranges,
    settings.aliveAt,
    settings.pronoun,
  );
  return {
    storyTitle,
    ending: ending ?? 'The story ended without a named ending',
    qualities,
    overall,
    decisions: decisions.map((d, i) => keyMoment(d, i + 1, customer, settings.outlooks?.[i])),
    verdict,
  };
}

/**
 * The debrief of a played session of a story: the one way browser, server and reports build it.
 * A random story's play is read against what its own rolls allowed (`readingBasis`).
 */
export function debriefOf(
  story: {
    meta: { title: string; customer: string; pronoun?: Pronoun };
    ranges: ScoreRanges;
    json?: string;
  },
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
    readingBasis(story, session.seed ?? 0),
    {
      ...(story.meta.pronoun ? { pronoun: story.meta.pronoun } : {}),
      ...settings,
      ...(outlooks ? { outlooks } : {}),
    },
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
