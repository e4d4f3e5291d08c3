import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, CompilerOptions, Story } from 'inkjs/full';
import { QUALITY_TAG } from './ink-walk.ts';

/**
 * An oracle that knows ink and the tag contract (docs/writing-stories.md) and nothing of src/: it
 * compiles with inkjs's own compiler (INCLUDEs from the main story's folder, a byte-order mark
 * ignored), steps with inkjs and reads the tags itself, so a bug in the engine or the build's
 * compile cannot hide by being in the expected values too. The debrief's words are in
 * debrief-oracle.ts.
 */

/** Every path explored; more than this and the story is too big for the oracle to vouch for. */
const PATH_BUDGET = 200_000;

// A test process asks for the same story several times (paths, debriefs, verdicts); the files do
// not change under it.
const compiled = new Map<string, string>();

export function compileInk(file: string): string {
  const known = compiled.get(file);
  if (known) return known;
  const folder = path.dirname(file);
  const handler = {
    ResolveInkFilename: (name: string) => path.resolve(folder, name),
    LoadInkFileContents: (name: string) => readFileSync(name, 'utf8').replace(/^\uFEFF/, ''),
  };
  const errors: string[] = [];
  const options = new CompilerOptions(
    file,
    [],
    true,
    (m, type) => {
      if (type === 2) errors.push(m);
    },
    handler,
  );
  const json = new Compiler(readFileSync(file, 'utf8'), options).Compile()?.ToJson();
  if (!json || errors.length > 0) throw new Error(`${file}: ${errors.join('; ')}`);
  compiled.set(file, json);
  return json;
}

function effectsOf(tags: readonly string[] | null): Record<string, number> {
  const effects: Record<string, number> = {};
  for (const tag of tags ?? []) {
    const m = QUALITY_TAG.exec(tag.trim());
    if (m) effects[m[1]!] = (effects[m[1]!] ?? 0) + Number(m[2]);
  }
  return effects;
}

const total = (effects: Record<string, number>) =>
  Object.values(effects).reduce((a, b) => a + b, 0);

/** Continues to the next choice, returning the '#ending:' seen on the way, if any. */
function continueStory(story: Story): string | undefined {
  let ending: string | undefined;
  while (story.canContinue) {
    story.Continue();
    for (const tag of story.currentTags ?? []) {
      const m = /^ending:\s*(.+)$/.exec(tag.trim());
      if (m) ending = m[1]!.trim();
    }
  }
  return ending;
}

function bestTotal(story: Story): number {
  let paths = 0;
  const walk = (): number => {
    continueStory(story);
    const choices = story.currentChoices;
    if (choices.length === 0) {
      if (++paths > PATH_BUDGET) throw new Error(`more than ${PATH_BUDGET} paths`);
      return 0;
    }
    const saved = story.state.ToJson();
    let best = -Infinity;
    for (const choice of choices) {
      story.state.LoadJson(saved);
      story.ChooseChoiceIndex(choice.index);
      best = Math.max(best, total(effectsOf(choice.tags)) + walk());
    }
    return best;
  };
  return walk();
}

/** A decision as an LMS must record it, from ink alone. */
export interface QuestionFacts {
  /** Where ink wrote the choices: the container of `c-N`, without a body's `.0`. */
  point: string;
  /** The option taken and the model answers, as each choice's N (its place at the point). */
  chosenSlot: number;
  modelSlots: number[];
  chosenText: string;
  modelTexts: string[];
}

/**
 * Each decision of `choicePath` with its model answers: the options from which the best total
 * still reachable, given the choices before, is the largest (explored exhaustively from there).
 */
export function questionsAlong(
  id: string,
  choicePath: readonly number[],
  seed = 0,
): QuestionFacts[] {
  const json = compileInk(path.resolve('stories', `${id}.ink`));
  const story = new Story(json);
  story.state.storySeed = seed;
  const out: QuestionFacts[] = [];
  continueStory(story);
  for (const index of choicePath) {
    const choices = story.currentChoices;
    const saved = story.state.ToJson();
    const place = (c: (typeof choices)[number]) => {
      const m = /^(.+)\.c-(\d+)$/.exec(c.targetPath?.toString() ?? '');
      if (!m) throw new Error(`${id}: a choice with target ${c.targetPath?.toString()}`);
      return {
        point: m[1]!.replace(/^0(?=\.|$)/, 'story-start').replace(/\.0$/, ''),
        slot: Number(m[2]),
      };
    };
    const reach = choices.map((c) => {
      story.state.LoadJson(saved);
      story.ChooseChoiceIndex(c.index);
      return total(effectsOf(c.tags)) + bestTotal(story);
    });
    const top = Math.max(...reach);
    const best = choices.filter((_, i) => reach[i] === top);
    const chosen = choices[index];
    if (!chosen) throw new Error(`${id}: no choice ${index} at this point of the path`);
    out.push({
      point: place(chosen).point,
      chosenSlot: place(chosen).slot,
      modelSlots: best.map((c) => place(c).slot),
      chosenText: chosen.text.trim(),
      modelTexts: best.map((c) => c.text.trim()),
    });
    story.state.LoadJson(saved);
    story.ChooseChoiceIndex(index);
    continueStory(story);
  }
  return out;
}
