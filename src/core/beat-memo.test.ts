import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkSource } from '../build/compile-ink.ts';
import { fixtureJson, STORIES } from '../../test/helpers/fixtures.ts';
import { BeatMemo, MEMO_BYTES } from './beat-memo.ts';
import { Encounter } from './encounter.ts';
import { GraphReads } from './graph-reads.ts';
import { seededRandom } from './random.ts';
import { StateGraphBuilder } from './state-graph.ts';

const hotel = compileInkSource(path.join(STORIES, 'hotel-heat.ink')).json!;
const lift = fixtureJson('night-lift.ink');

/** Everything a play shows and scores, to compare a play through the memo with one without. */
function seen(e: Encounter) {
  const { transcript, decisions, beat, mood, firstMood, scene, ambience, ending, ended, path } = e;
  return { transcript, decisions, beat, mood, firstMood, scene, ambience, ending, ended, path };
}

/** Plays `teams` random paths with `seed`, each through the shared memo and on its own. */
function compare(json: string, seed: number, teams: number, memo: BeatMemo) {
  const random = seededRandom(seed + 17);
  for (let t = 0; t < teams; t++) {
    const shared = new Encounter(json, { seed, memo });
    const alone = new Encounter(json, { seed });
    expect(seen(shared)).toEqual(seen(alone));
    while (!alone.ended) {
      // Teams favour the first options, as real ones favour good ones: paths are shared.
      const index = Math.floor(random() ** 2 * alone.choices.length);
      expect(shared.choose(index)).toEqual(alone.choose(index));
      expect(seen(shared)).toEqual(seen(alone));
      expect(shared.problems).toEqual(alone.problems);
    }
  }
}

describe('a memo of the beats read after each choice path', () => {
  it('gives every team of a session exactly the play ink gives it, stepping ink once per path', () => {
    const memo = new BeatMemo(hotel, 4242);
    compare(hotel, 4242, 60, memo);
    // Sixty plays of about seven decisions shared far fewer reads than they made choices.
    expect(memo.size).toBeGreaterThan(10);
    expect(memo.size).toBeLessThan(60 * 5);
  });

  it('reads a random story per seed: a memo of another seed is not used', () => {
    const memo = new BeatMemo(lift, 1);
    for (const seed of [1, 2, 3, 4, 5, 6]) compare(lift, seed, 6, memo);
  });

  it('stays exact when full: the reads used longest ago are forgotten, and replayed when needed', () => {
    const memo = new BeatMemo(hotel, 7, 12_000);
    compare(hotel, 7, 20, memo);
    expect(memo.bytes).toBeLessThanOrEqual(12_000);
    expect(memo.size).toBeGreaterThan(0);
  });

  it("plays a story without luck on its exploration's reads: exactly ink's play, stepping no ink", () => {
    const reads = new GraphReads();
    const graph = new StateGraphBuilder(hotel);
    graph.reads = reads;
    graph.advance();
    expect(graph.cut).toBeUndefined();
    const memo = new BeatMemo(hotel, 11, MEMO_BYTES, reads);
    compare(hotel, 11, 40, memo);
    // Every read came from the graph: none was stepped, so none was remembered.
    expect(memo.size).toBe(0);
  });

  it('leaves a story whose reading reports a problem to ink, which reports it to every play', () => {
    const json = fixtureJson('outside-brackets.ink');
    const reads = new GraphReads();
    const graph = new StateGraphBuilder(json);
    graph.reads = reads;
    graph.advance();
    expect(graph.problems.length).toBeGreaterThan(0);
    expect(reads.size).toBe(0);
    compare(json, 5, 4, new BeatMemo(json, 5, MEMO_BYTES, reads));
  });

  it('leaves to ink what a cut exploration did not read', () => {
    const reads = new GraphReads();
    const graph = new StateGraphBuilder(hotel, 0, { maxStates: 30 });
    graph.reads = reads;
    graph.advance();
    expect(graph.cut).toBeDefined();
    const memo = new BeatMemo(hotel, 12, MEMO_BYTES, reads);
    compare(hotel, 12, 20, memo);
    expect(memo.size).toBeGreaterThan(0);
  });

  it('counts visits as the play made them, after reads it was given', () => {
    const memo = new BeatMemo(hotel, 9);
    const knots = [
      ...readFileSync(path.join(STORIES, 'hotel-heat.ink'), 'utf8').matchAll(/^=== (\w+)/gm),
    ].map((m) => m[1]!);
    for (let t = 0; t < 3; t++) {
      const shared = new Encounter(hotel, { seed: 9, memo });
      const alone = new Encounter(hotel, { seed: 9 });
      shared.choose(0);
      alone.choose(0);
      shared.choose(1);
      alone.choose(1);
      expect(knots.map((k) => shared.visits(k))).toEqual(knots.map((k) => alone.visits(k)));
    }
    expect(knots.length).toBeGreaterThan(2);
  });
});
