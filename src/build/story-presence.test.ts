import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from './compile-ink.ts';
import { STORIES } from '../../test/helpers/fixtures.ts';
import { Encounter } from '../core/encounter.ts';
import { castAfter, openingCast, type Cast } from '../core/presence.ts';
import recorded from '../../test/fixtures/story-paths.json' with { type: 'json' };

/*
 * Who the stage draws, on each shipped story's recorded best and worst plays: in a story set at a
 * phone or chat desk, the customer is drawn on the handset or the screen whenever they speak, never
 * standing in the room (a line of theirs without '#call:' or '#chat:' would draw them there).
 */

/** Scenes where the learner serves someone who is not in the room. */
const REMOTE_SETTINGS = new Set(['phone-banking', 'chat-desk', 'call-centre']);

const files = readdirSync(STORIES).filter((f) => f.endsWith('.ink'));
const paths = recorded as Record<
  string,
  { best: { choices: number[] }; worst: { choices: number[] } }
>;

function castsAlong(file: string, choices: readonly number[]) {
  const { story } = compileInkFile(path.join(STORIES, file), STORIES);
  if (!story) throw new Error(`${file} does not compile`);
  const play = new Encounter(story.json, { seed: 0 });
  for (const index of choices) play.choose(index);
  const customer = story.meta.customer;
  let cast: Cast = openingCast(customer);
  const seen = play.transcript.map((line) => {
    cast = castAfter(cast, line, customer);
    return { line, cast };
  });
  return { customer, setting: story.meta.setting, seen };
}

describe('who the stage draws', () => {
  for (const file of files) {
    const id = file.replace(/\.ink$/, '');
    it.each(['best', 'worst'] as const)(`${id}, the %s play`, (which) => {
      const { customer, setting, seen } = castsAlong(file, paths[id]![which].choices);
      const speaking = seen.filter((s) => s.line.speaker === customer);
      expect(speaking.length).toBeGreaterThan(0);
      if (!REMOTE_SETTINGS.has(setting)) return;
      const inRoom = speaking.filter((s) => s.cast.present.includes(customer));
      expect(inRoom.map((s) => s.line.text)).toEqual([]);
      for (const s of speaking) expect(s.cast.remote?.name, s.line.text).toBe(customer);
    });
  }
});
