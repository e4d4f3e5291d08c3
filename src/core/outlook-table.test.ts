import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../build/compile-ink.ts';
import { outlookAt } from './debrief.ts';
import { Encounter } from './encounter.ts';
import { OutlookTable } from './outlook-table.ts';
import { seededRandom } from './random.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const jsonOf = (file: string) => {
  const { story } = compileInkFile(path.join(ROOT, file), ROOT);
  if (!story) throw new Error(`${file} does not compile`);
  return story.json;
};

/** Plays to the end with `seed`, picking with `pick`: every route a debrief reads an outlook at. */
function routes(json: string, seed: number, pick: (n: number) => number): number[][] {
  const play = new Encounter(json, { seed });
  const found: number[][] = [];
  while (!play.ended) {
    found.push(play.path);
    play.choose(pick(play.choices.length));
  }
  return found;
}

describe('the outlook table', () => {
  it.each([
    ['stories/hotel-heat.ink', 0],
    ['test/fixtures/night-lift.ink', 5],
    ['test/fixtures/loops/random-branch.ink', 11],
  ])('gives %s the same model answers as exploring from each route', (file, seed) => {
    const json = jsonOf(file);
    const table = new OutlookTable(json);
    const random = seededRandom(seed + 1);
    const plays = [
      routes(json, seed, () => 0),
      routes(json, seed, (n) => n - 1),
      routes(json, seed, (n) => Math.floor(random() * n)),
    ];
    let compared = 0;
    for (const route of plays.flat()) {
      const expected = outlookAt(json, seed, route);
      const got = table.at(seed, route);
      if (expected === undefined) continue;
      expect(
        got?.map((o) => [o.index, o.bestTotal]),
        route.join(','),
      ).toEqual(expected.map((o) => [o.index, o.bestTotal]));
      compared++;
    }
    expect(compared).toBeGreaterThan(2);
  });

  it('says nothing for a route the story does not offer', () => {
    const table = new OutlookTable(jsonOf('test/fixtures/night-lift.ink'));
    expect(table.at(0, [9])).toBeUndefined();
  });
});
