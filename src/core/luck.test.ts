import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../build/diagnostics.ts';
import { compileInkFile } from '../build/compile-ink.ts';
import type { CompiledStory } from './compiled-story.ts';
import { debriefOf, NOT_MET } from './debrief.ts';
import { Encounter } from './encounter.ts';
import { fixtureJson } from '../../test/helpers/fixtures.ts';
import { decisionTree } from './decision-tree.ts';
import { exploreStory } from './explore.ts';
import { luckTree } from './luck-worlds.ts';
import { KEEP_SEEDS, seedsUnderway, worldOf } from './luck-cache.ts';
import { luckRead, readingBasis, readLuck } from './luck.ts';
import { SeedExploration } from './seed-exploration.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A fixture (under test/fixtures) compiled and checked as the build does, with its warnings. */
function checked(file: string): { story: CompiledStory; diagnostics: Diagnostic[] } {
  const { story, diagnostics } = compileInkFile(path.join(ROOT, 'test/fixtures', file), ROOT);
  if (!story) throw new Error(`${file} does not compile`);
  return { story, diagnostics };
}

const storyOf = (file: string): CompiledStory => checked(`loops/${file}`).story;

/**
 * One way a story's random turn can go, told apart by the first options the learner is shown, with
 * its best and worst lines and their readings, worked out by hand from the ink.
 */
interface World {
  shows: string;
  best: number[];
  /** Quality label → what the best line reads there. */
  bestReads: Record<string, string>;
  worst: number[];
  /** The model answer at each decision of the best line. */
  models: string[];
}

const CASES: { file: string; worlds: World[] }[] = [
  {
    // {~ -> caller_a | -> caller_b}: Ms. Lind (+2 or −1 listening) or a supplier (+3 or −2 foresight).
    file: 'random-branch.ink',
    worlds: [
      {
        shows: 'Find her booking and read it back',
        best: [0],
        bestReads: { Listening: '100%', Foresight: NOT_MET },
        worst: [1],
        models: ['Find her booking and read it back'],
      },
      {
        shows: 'Agree a new time and note it for the team',
        best: [0],
        bestReads: { Foresight: '100%', Listening: NOT_MET },
        worst: [1],
        models: ['Agree a new time and note it for the team'],
      },
    ],
  },
  {
    // RANDOM(1, 6) > 3: a busy desk (+1 empathy +1 listening, or −2 empathy); else a quiet one
    // (+1 listening then +2 foresight, or −1 stewardship at once).
    file: 'random-dice.ink',
    worlds: [
      {
        shows: 'Apologise for the wait and ask what he needs',
        best: [0],
        bestReads: {
          Listening: '100%',
          Empathy: '100%',
          Foresight: NOT_MET,
          Stewardship: NOT_MET,
        },
        worst: [1],
        models: ['Apologise for the wait and ask what he needs'],
      },
      {
        shows: 'Ask how his stay has been',
        best: [0, 0],
        bestReads: {
          Listening: '100%',
          Foresight: '100%',
          Stewardship: 'kept intact',
          Empathy: NOT_MET,
        },
        worst: [1],
        models: ['Ask how his stay has been', 'Note it for maintenance and thank him for saying'],
      },
    ],
  },
  {
    // {shuffle: caller = guest | supplier}: the guest's +2 listening or the supplier's +3
    // foresight, and "call back later" (−1 listening) on either.
    file: 'random-shuffle.ink',
    worlds: [
      {
        shows: 'Find her booking and read it back',
        best: [0],
        bestReads: { Listening: '100%', Foresight: NOT_MET },
        worst: [1],
        models: ['Find her booking and read it back'],
      },
      {
        shows: 'Agree a new time and note it for the team',
        best: [0],
        bestReads: { Foresight: '100%', Listening: 'kept intact' },
        worst: [1],
        models: ['Agree a new time and note it for the team'],
      },
    ],
  },
];

/** A seed under which the learner is first shown `shows`, found by playing as a learner would. */
function seedShowing(story: CompiledStory, shows: string): number {
  for (let seed = 0; seed < 50; seed++)
    if (new Encounter(story.json, { seed }).choices[0]?.text === shows) return seed;
  throw new Error(`no seed below 50 shows '${shows}'`);
}

function play(story: CompiledStory, seed: number, path: number[]) {
  const replay = Encounter.resume(story.json, path, { seed });
  if (!replay.ok) throw new Error(replay.error.reason);
  expect(replay.value.ended).toBe(true);
  return debriefOf(story, replay.value);
}

describe('a random story is read against the luck the play met', () => {
  describe.each(CASES)('$file', ({ file, worlds }) => {
    const story = storyOf(file);

    it.each(worlds)('the best line after "$shows" reads 100% and full marks', (world) => {
      const view = play(story, seedShowing(story, world.shows), world.best);
      expect(view.overall.percent).toBe(100);
      expect(view.verdict.heading).toContain('ALIVE');
      const reads = Object.fromEntries(view.qualities.map((q) => [q.label, q.display]));
      expect(reads).toMatchObject(world.bestReads);
    });

    it.each(worlds)('the worst line after "$shows" reads 0%', (world) => {
      const view = play(story, seedShowing(story, world.shows), world.worst);
      expect(view.overall.percent).toBe(0);
      expect(view.verdict.heading).toContain('DEAD');
    });

    it.each(worlds)('after "$shows" the model answers start the best route', (world) => {
      const view = play(story, seedShowing(story, world.shows), world.best);
      expect(view.decisions.map((d) => d.model.text)).toEqual(world.models);
      expect(view.decisions.every((d) => d.chosenIsModel && !d.approximate)).toBe(true);
    });
  });

  it('leaves a story without randomness read against every path, as built', () => {
    const { story } = checked('small-desk.ink');
    expect(readingBasis(story, 12345)).toEqual(story.ranges);
  });
});

describe('a new seed of a large random story', () => {
  // The size of the largest real stories, with one line that reads differently on each seed.
  const json = fixtureJson('large/night-shift-luck.ink');
  const story = { json, ranges: exploreStory(json).ranges };

  it('is read a slice at a time, pausing between slices, to exactly the basis read in one go', async () => {
    const seed = 7;
    const oneGo = new SeedExploration(story.json, seed).world;
    expect(luckRead(story, seed)).toBe(false);
    const readBetween: boolean[] = [];
    // A slice of no clock time is one decision's worth of ink: the most slices there can be.
    await readLuck(story, seed, {
      pause: () => Promise.resolve(void readBetween.push(luckRead(story, seed))),
      sliceMs: 0,
    });
    expect(readBetween.length).toBeGreaterThan(100);
    expect(readBetween.every((read) => !read)).toBe(true);
    expect(luckRead(story, seed)).toBe(true);
    const sliced = worldOf(story.json, seed);
    expect(sliced.graph.nodes).toEqual(oneGo.graph.nodes);
    expect(sliced.ranges).toEqual(oneGo.ranges);
    expect(readingBasis(story, seed)).toMatchObject(oneGo.ranges);
  });
});

describe("the checker's tree of the routes a seed allows", () => {
  it.each([
    'random-branch.ink',
    'random-dice.ink',
    'random-shuffle.ink',
    'roll-after-choice.ink',
    'shuffled-words.ink',
    'list-random.ink',
  ])('%s: is the tree ink walks with that seed, read off the seed world', (file) => {
    const json = fixtureJson(`loops/${file}`);
    for (const seed of [0, 1, 2, 3, 4, 5])
      expect(luckTree(json, seed), `seed ${seed}`).toEqual(
        decisionTree(json, undefined, undefined, seed),
      );
  });
});

describe("the checker's judgement of a random story", () => {
  it('says which way of the rolls a warning holds on, when it holds on only one', () => {
    const { story, diagnostics } = checked('loops/random-dice.ink');
    const free = diagnostics.filter((d) => d.message.startsWith('the model answer costs nothing'));
    const firstShown = (message: string) => {
      const seed = /only when the rolls go as with seed (\d+): 1 of the 2 ways they went\)$/.exec(
        message,
      )?.[1];
      expect(seed, message).toBeDefined();
      return new Encounter(story.json, { seed: Number(seed) }).choices[0]?.text;
    };
    // The busy desk has one decision, the quiet desk two: each warning replays on its own roll.
    expect(
      free
        .map((d) => [d.message.match(/at (\d of \d) decisions/)?.[1], firstShown(d.message)])
        .sort(),
    ).toEqual([
      ['1 of 1', 'Apologise for the wait and ask what he needs'],
      ['2 of 2', 'Ask how his stay has been'],
    ]);
  });
});

describe('more plays of one random story read at once than the cache keeps', () => {
  const dice = storyOf('random-dice.ink');

  it('all finish, each to the basis its seed reads in one go', async () => {
    const seeds = Array.from({ length: KEEP_SEEDS + 6 }, (_, i) => 1000 + i);
    let turns = 0;
    // Readers take turns a decision at a time, so the least recently read is always next in line:
    // were an exploration under way ever let go, each would start again on every turn, for ever.
    const pause = () =>
      new Promise<void>((resolve, reject) => {
        if (++turns > 50 * seeds.length) reject(new Error(`still reading after ${turns} turns`));
        else setImmediate(resolve);
      });
    await Promise.all(seeds.map((seed) => readLuck(dice, seed, { pause, sliceMs: 0 })));
    expect(turns).toBeGreaterThanOrEqual(seeds.length);
    for (const seed of seeds.slice(-3)) {
      expect(readingBasis(dice, seed)).toMatchObject(
        new SeedExploration(dice.json!, seed).world.ranges,
      );
    }
  });
});

describe('two readers of one seed, one finishing it while the other waits its turn', () => {
  it('leave it read and kept, with nothing begun and left under way', async () => {
    const dice = storyOf('random-dice.ink');
    const seed = 5000;
    let wake: () => void = () => undefined;
    // The first reader reads one decision, then waits until the test lets it go on.
    const waiting = readLuck(dice, seed, {
      pause: () => new Promise<void>((resolve) => (wake = resolve)),
      sliceMs: 0,
    });
    // Meanwhile a second reader finishes the seed, and enough other seeds are read after it
    // that the cache lets the finished one go.
    await readLuck(dice, seed, { pause: () => Promise.resolve(), sliceMs: Infinity });
    for (let other = 0; other < KEEP_SEEDS; other++) worldOf(dice.json!, 6000 + other);
    wake();
    await waiting;
    expect(luckRead(dice, seed)).toBe(true);
    expect(seedsUnderway(dice.json!)).toBe(0);
  });
});
