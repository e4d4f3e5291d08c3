/**
 * Records, for every story, its best and worst path (choice indices) with the ending, the
 * per-quality scores they earn and the debrief's judgement of them (ALIVE/DEAD, better off or not,
 * each quality's reading) into test/fixtures/story-paths.json. The library test replays them, so
 * an edit that changes how a story scores or is judged is caught; re-record on purpose after such
 * an edit: `npx tsx scripts/record-story-paths.ts && npx prettier --write test/fixtures/story-paths.json`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileInkFile } from '../src/build/compile-ink.ts';
import { recordPath } from '../src/build/recorded-path.ts';
import { Encounter } from '../src/core/encounter.ts';

const ROOT = path.resolve(import.meta.dirname ?? '.', '..');

function indicesOf(json: string, texts: readonly string[]): number[] {
  const session = new Encounter(json, { seed: 0 });
  return texts.map((text) => {
    const index = session.choices.findIndex((c) => c.text === text);
    if (index < 0) throw new Error(`choice '${text}' is not on offer`);
    session.choose(index);
    return index;
  });
}

const record: Record<string, unknown> = {};
for (const file of readdirSync(path.join(ROOT, 'stories'))
  .filter((f) => f.endsWith('.ink'))
  .sort()) {
  const outcome = compileInkFile(path.join(ROOT, 'stories', file), ROOT);
  const { story, exploration } = outcome;
  if (!story || !exploration) throw new Error(`${file} does not compile`);
  const entry = (texts: string[]) => recordPath(story, indicesOf(story.json, texts));
  record[story.id] = { best: entry(exploration.bestPath), worst: entry(exploration.worstPath) };
}
writeFileSync(
  path.join(ROOT, 'test', 'fixtures', 'story-paths.json'),
  `${JSON.stringify(record, null, 2)}\n`,
);
console.log(`recorded ${Object.keys(record).length} stories`);
