import { InkList, type Story } from 'inkjs';
import type { LuckTape } from './luck-tape.ts';

/*
 * How the explorer takes every outcome of a random draw. ink draws inside its own evaluation
 * (`RANDOM()` is the control command "rnd", `LIST_RANDOM()` "lrnd", a shuffle's index "seq"), with no way in from
 * outside, so the compiled JSON the explorer plays has each of those commands replaced, one for
 * one (every path in the story stays as it was), by a call to an external function the explorer
 * binds. Both are in ink's JSON format and public API, not in inkjs's internals.
 *
 * A shuffle never repeats an element until all have been shown (ink picks without replacement
 * within each round of the sequence), so the elements already picked this round are part of the
 * story's state: they are kept in a variable of their own, which ink saves, restores when it looks
 * ahead past a line and takes back, and which the explorer's state key already reads. The index
 * of a draw within a stretch is kept in `previousRandom`, for the same reason: ink may play a
 * stretch's last line twice (once looking ahead for glue), and the replay must draw as before.
 */

/** The variable holding each shuffle's picks this round, as JSON: `{ "3": [round, ...picks] }`. */
export const LUCK_VARIABLE = '__explorer_luck';
const RANDOM = '__explorer_random';
const SEED = '__explorer_seed_random';
const LIST = '__explorer_list_random';
const SHUFFLE = '__explorer_shuffle_';

export interface HookedStory {
  /** The compiled story with its draws turned into calls to the explorer. */
  json: string;
  /** Each shuffle's container path, as ink-flow.ts names it (each has a function of its own). */
  shuffles: string[];
  /** How many `RANDOM()` draws were replaced, and how many `LIST_RANDOM()` draws. */
  randoms: number;
  lists: number;
}

const hooked = new Map<string, HookedStory>();
const KEEP = 4;

/** `json` with every RANDOM(), LIST_RANDOM(), SEED_RANDOM() and shuffle answered by the explorer. */
export function hookDraws(json: string): HookedStory {
  const known = hooked.get(json);
  if (known) return known;
  const story = JSON.parse(json) as { root: unknown[] };
  const found = { shuffles: [] as string[], randoms: 0, lists: 0 };
  // Containers are named as ink-flow.ts names them: by `#n`, else by index; named content by key.
  const walk = (c: unknown[], at: string[]): void => {
    const last = c[c.length - 1];
    const named = last && typeof last === 'object' && !Array.isArray(last) ? last : undefined;
    c.forEach((item, i) => {
      if (Array.isArray(item)) {
        const name = (item[item.length - 1] as { '#n'?: unknown } | null)?.['#n'];
        walk(item, [...at, typeof name === 'string' ? name : String(i)]);
      } else if (item === 'rnd') {
        c[i] = { 'x()': RANDOM, exArgs: 2 };
        found.randoms++;
      } else if (item === 'seq') {
        c[i] = { 'x()': `${SHUFFLE}${found.shuffles.length}`, exArgs: 2 };
        found.shuffles.push(at.join('.'));
      }
      // After SEED_RANDOM every draw is fixed by the seed: the explorer draws as ink would.
      else if (item === 'srnd') c[i] = { 'x()': SEED, exArgs: 1 };
      else if (item === 'lrnd') {
        c[i] = { 'x()': LIST, exArgs: 1 };
        found.lists++;
      }
    });
    for (const [name, sub] of Object.entries(named ?? {}))
      if (Array.isArray(sub)) walk(sub, [...at, name]);
  };
  walk(story.root, []);
  const root = story.root;
  let named = root[root.length - 1] as Record<string, unknown> | null;
  if (!named || typeof named !== 'object') root[root.length - 1] = named = {};
  const decl = (named['global decl'] ??= ['ev', '/ev', 'end', null]) as unknown[];
  decl.splice(1, 0, '^{}', { 'VAR=': LUCK_VARIABLE });
  const result = { json: JSON.stringify(story), ...found };
  hooked.set(json, result);
  for (const key of hooked.keys()) if (hooked.size > KEEP) hooked.delete(key);
  return result;
}

/**
 * Each shuffle's picks this round by its index, `[round, ...picks]`; after SEED_RANDOM, under
 * `RESEEDED`, `[seed, previous draw]`: what ink's own generator draws from next.
 */
type Picks = Record<string, number[]>;
const RESEEDED = 'seed';
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) =>
  a === RESEEDED ? -1 : b === RESEEDED ? 1 : Number(a) - Number(b);

/** ink's generator (inkjs's PRNG, a Park–Miller step): the number it gives after `seed`. */
export function inkNext(seed: number): number {
  let s = seed % 2147483647;
  if (s <= 0) s += 2147483646;
  return (s * 48271) % 2147483647;
}

/**
 * Binds the explorer's draws on a Story of `hookDraws(json).json`: each takes the outcome `tape`
 * gives it. Until the stretch is played again, ink's own draws must not run: `missed` says
 * whether one did (an inkjs that compiles or runs draws differently), so it is never silent.
 */
export function bindDraws(story: Story, hooked: HookedStory, tape: LuckTape): void {
  const take = (outcomes: number): number => {
    const k = story.state.previousRandom;
    story.state.previousRandom = k + 1;
    return tape.draw(k, outcomes, story.state.currentPointer.container?.path.toString());
  };
  const readPicks = () => JSON.parse(String(story.variablesState[LUCK_VARIABLE])) as Picks;
  const writePicks = (picks: Picks) => {
    // In one order, so states that differ in no pick have the same key.
    story.variablesState[LUCK_VARIABLE] = JSON.stringify(
      Object.fromEntries(Object.entries(picks).sort(byKey)),
    );
  };
  /** After SEED_RANDOM: ink's next number, as RANDOM and LIST_RANDOM draw it; else undefined. */
  const seeded = (): number | undefined => {
    const picks = readPicks();
    const [seed, previous] = picks[RESEEDED] ?? [];
    if (seed === undefined || previous === undefined) return undefined;
    const next = inkNext(seed + previous);
    picks[RESEEDED] = [seed, next];
    writePicks(picks);
    return next;
  };
  story.BindExternalFunction(
    RANDOM,
    (min: number, max: number) => {
      // As ink's own RANDOM does: the game stops here with this error for every seed.
      if (max - min + 1 <= 0)
        story.Error(
          `RANDOM was called with minimum as ${min} and maximum as ${max}. The maximum must be larger`,
        );
      const drawn = seeded();
      return min + (drawn === undefined ? take(max - min + 1) : drawn % (max - min + 1));
    },
    true,
  );
  story.BindExternalFunction(
    LIST,
    (list: InkList) => {
      // As ink's own LIST_RANDOM does: an empty list gives an empty list and draws nothing; else
      // one of its items, counted in the order the list holds them, as a list of that item alone.
      if (list.Count === 0) return new InkList();
      const keys = [...list.keys()];
      const drawn = seeded();
      const key = keys[drawn === undefined ? take(keys.length) : drawn % keys.length]!;
      const one = new InkList(list);
      for (const other of keys) if (other !== key) one.delete(other);
      const { originName } = JSON.parse(key) as { originName: string };
      one.origins = (list.origins ?? []).filter((o) => o.name === originName);
      one.SetInitialOriginName(originName);
      return one;
    },
    true,
  );
  story.BindExternalFunction(
    SEED,
    (seed: number) => {
      const picks = readPicks();
      picks[RESEEDED] = [seed, 0];
      writePicks(picks);
    },
    true,
  );
  hooked.shuffles.forEach((path, i) => {
    const id = String(i);
    // A shuffle the story can never come back to draws no more: its picks are not kept.
    const kept = !tape.forgets(path);
    story.BindExternalFunction(
      `${SHUFFLE}${id}`,
      (seen: number, elements: number) => {
        const round = Math.floor(seen / elements);
        const picks = readPicks();
        const seed = picks[RESEEDED]?.[0];
        if (seed !== undefined) return inkShuffle(story, seed, seen, elements);
        const mine = picks[id]?.[0] === round ? picks[id]!.slice(1, 1 + (seen % elements)) : [];
        const left = [...Array(elements).keys()].filter((e) => !mine.includes(e));
        const index = left[take(left.length)] ?? 0;
        mine.push(index);
        // A finished round is forgotten: the next starts afresh, and states that differ only
        // in a finished round are the same state.
        if (mine.length >= elements || !kept) delete picks[id];
        else picks[id] = [round, ...mine];
        writePicks(picks);
        return index;
      },
      true,
    );
  });
}

/**
 * The element a shuffle shows, as ink picks it after SEED_RANDOM: from a generator seeded with the
 * sequence's path, its round and the story's seed, taking elements not yet picked this round.
 */
function inkShuffle(story: Story, seed: number, seen: number, elements: number): number {
  const path = story.state.currentPointer.container?.path.toString() ?? '';
  let hash = 0;
  for (let i = 0; i < path.length; i++) hash += path.charCodeAt(i);
  let next = Math.floor(hash + seen / elements + seed);
  const unpicked = [...Array(elements).keys()];
  for (let i = 0; i < seen % elements; i++)
    unpicked.splice((next = inkNext(next)) % unpicked.length, 1);
  return unpicked[inkNext(next) % unpicked.length] ?? 0;
}

/** Whether a draw ink made itself slipped past `bindDraws` during the stretch `tape` followed. */
export function drawMissed(story: Story, hooked: HookedStory, tape: LuckTape): boolean {
  // Every hooked draw moves `previousRandom` by one; ink's own sets it to its generator's value.
  return story.state.previousRandom > tape.draws;
}
