import { BeatMemo, MEMO_BYTES } from '../core/beat-memo.ts';
import type { Decision } from '../core/decision.ts';
import { GraphReads } from '../core/graph-reads.ts';
import { drawsRandom } from '../core/luck-cache.ts';
import type { Outlook } from '../core/key-moments.ts';
import { OutlookTable } from '../core/outlook-table.ts';
import type { ExploreBudget } from '../core/state-graph.ts';
import type { WorkshopStory } from './workshop-story.ts';

/** Ink steps a request may spend finishing a table not yet ready, so a small story is exact at once. */
export const CATCH_UP_STEPS = 2_000;

interface Preparation {
  table: OutlookTable;
  ready: Promise<void>;
}

// By content hash: the sessions restored after a restart each hold their own copy of a story.
const prepared = new Map<string, Preparation>();
// By content hash too: what each story's exploration read, for its sessions' teams to walk.
const graphReads = new Map<string, GraphReads>();
// Every host update after the reveal rebuilds the walk-through, and devices re-ask for debriefs.
const byRoute = new Map<string, Map<string, Outlook | undefined>>();

/**
 * Explores the story for its model answers a slice at a time between other work, from when a
 * session opens (or is restored), so the reveal finds the table ready instead of stopping the
 * server to build it. A slice is 25 steps, about 20 ms on a long story: 200 held the loop for a
 * sixth of a second, and the choices of every room on the server waited behind it. The table is the only exploration the server does for model answers: its
 * bound is counted in states and steps, and a story it cuts is read approximately, never explored
 * again from each route (seconds per decision for thirty teams).
 */
export function prepareOutlooks(
  story: WorkshopStory,
  { slice = 25, budget }: { slice?: number; budget?: ExploreBudget } = {},
): Promise<void> {
  const known = prepared.get(story.hash);
  if (known) return known.ready;
  const table = new OutlookTable(story.json, budget, graphReadsOf(story));
  const ready = new Promise<void>((resolve) => {
    const more = () => (table.advance(slice) ? resolve() : setImmediate(more));
    setImmediate(more);
  });
  prepared.set(story.hash, { table, ready });
  return ready;
}

/** What the story's exploration has read along each edge; none for a random story. */
function graphReadsOf(story: WorkshopStory): GraphReads | undefined {
  if (drawsRandom(story.json)) return undefined;
  let reads = graphReads.get(story.hash);
  if (!reads) graphReads.set(story.hash, (reads = new GraphReads()));
  return reads;
}

/**
 * The memo a session's teams share: the reads they make, and those the story's exploration for
 * model answers makes (from when a host opens or resumes a session, `prepareOutlooks`), so a team
 * of a story without randomness on a path the exploration has read steps no ink at all.
 */
export function sessionMemo(story: WorkshopStory, seed: number): BeatMemo {
  return new BeatMemo(story.json, seed, MEMO_BYTES, graphReadsOf(story));
}

/** The story's table, once prepared; the steps its exploration took (for audits and tests). */
export function outlookWork(story: WorkshopStory): number {
  return prepared.get(story.hash)?.table.steps ?? 0;
}

/**
 * Whether the story's model answers can be read now: after at most `CATCH_UP_STEPS` more steps
 * here (enough to finish a small story at once), never more, so a request cannot hold the loop.
 * While false, `storyOutlook` gives nothing and the debrief says its model answers are approximate.
 */
export function outlooksReady(story: WorkshopStory, catchUp = CATCH_UP_STEPS): boolean {
  void prepareOutlooks(story);
  const { table } = prepared.get(story.hash)!;
  return table.ready || table.advance(catchUp);
}

/**
 * The best total still reachable from each option after `route`, read off the story's table
 * (marked `exact: false` where its bound cut it); undefined while the table is being prepared.
 */
export function storyOutlook(
  story: WorkshopStory,
  seed: number,
  route: readonly number[],
): Outlook | undefined {
  const table = prepared.get(story.hash)?.table;
  if (!table?.ready) return undefined;
  let cache = byRoute.get(story.hash);
  if (!cache) byRoute.set(story.hash, (cache = new Map()));
  const key = `${seed}:${route.join(',')}`;
  if (!cache.has(key)) cache.set(key, table.at(seed, route));
  return cache.get(key);
}

/** Per decision of a team's play, the outlook its debrief reads the model answer from. */
export function playOutlooks(
  story: WorkshopStory,
  seed: number,
  decisions: readonly Decision[],
): (Outlook | undefined)[] {
  const path = decisions.map((d) => d.chosen);
  return decisions.map((_, i) => storyOutlook(story, seed, path.slice(0, i)));
}
