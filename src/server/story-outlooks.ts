import { outlookAt } from '../core/debrief.ts';
import type { Decision } from '../core/decision.ts';
import type { Outlook } from '../core/key-moments.ts';
import { OutlookTable } from '../core/outlook-table.ts';
import type { WorkshopStory } from './workshop-story.ts';

const tables = new WeakMap<WorkshopStory, OutlookTable>();
const preparing = new WeakSet<WorkshopStory>();
// Every host update after the reveal rebuilds the walk-through, and devices re-ask for debriefs.
const byRoute = new WeakMap<WorkshopStory, Map<string, Outlook | undefined>>();

function tableOf(story: WorkshopStory): OutlookTable {
  let table = tables.get(story);
  if (!table) tables.set(story, (table = new OutlookTable(story.json)));
  return table;
}

/**
 * Explores the story for its model answers a slice at a time between other work, from when a
 * session opens, so the reveal finds the table ready instead of stopping the server to build it.
 */
export function prepareOutlooks(story: WorkshopStory, slice = 200): void {
  if (preparing.has(story)) return;
  preparing.add(story);
  const table = tableOf(story);
  const more = () => {
    if (!table.advance(slice)) setImmediate(more);
  };
  setImmediate(more);
}

/**
 * The best total still reachable from each option after `route`: read off the story's table, or,
 * where the table cannot say exactly, explored from that route within the debrief's own bound.
 */
export function storyOutlook(
  story: WorkshopStory,
  seed: number,
  route: readonly number[],
): Outlook | undefined {
  let cache = byRoute.get(story);
  if (!cache) byRoute.set(story, (cache = new Map()));
  const key = `${seed}:${route.join(',')}`;
  if (!cache.has(key)) {
    cache.set(key, tableOf(story).at(seed, route) ?? outlookAt(story.json, seed, route));
  }
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
