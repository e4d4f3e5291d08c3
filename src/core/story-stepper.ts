import { Story } from 'inkjs';
import type { Beat, RuntimeProblem } from './beat.ts';
import { readBeat } from './beat-reader.ts';
import { globalTagsOf } from './global-tags.ts';
import { traceReads, type ReadTrace } from './read-trace.ts';
import type { ProblemSink } from './line-tags.ts';

/** Parsed stories kept for reuse, the most recently used last; a few, for the Studio's edits. */
const parsed = new Map<string, Story>();
const KEEP_PARSED = 4;

/**
 * A fresh Story of the compiled JSON with its own state, over content parsed once: a workshop
 * session plays the same story for hundreds of teams, and parsing it again for each team cost
 * milliseconds and a copy of the whole story in memory per team. ink only reads its content while
 * playing; everything a playthrough changes lives in the Story's own state.
 */
function storyOf(compiledJson: string): Story {
  let template = parsed.get(compiledJson);
  if (template) parsed.delete(compiledJson);
  else template = new Story(compiledJson);
  parsed.set(compiledJson, template);
  for (const key of parsed.keys()) {
    if (parsed.size <= KEEP_PARSED) break;
    parsed.delete(key);
  }
  const story = new Story(template.mainContentContainer, template.listDefinitions?.lists ?? null);
  story.ResetState();
  return story;
}

/**
 * The one place that moves an ink Story forward. The encounter engine, the explorer and the
 * Studio's map all step through here, so the story is read the same way everywhere and
 * `ChooseChoiceIndex` has a single caller.
 */
export class StoryStepper {
  private readonly story: Story;

  constructor(
    private readonly compiledJson: string,
    seed: number,
    private readonly report: ProblemSink,
  ) {
    this.story = storyOf(compiledJson);
    this.story.state.storySeed = seed;
    // An EXTERNAL function with an ink fallback runs the fallback, as in Inky: the game binds none.
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message, type) =>
      report({ severity: type === 2 ? 'error' : 'warning', message } satisfies RuntimeProblem);
  }

  get globalTags(): string[] {
    return globalTagsOf(this.compiledJson);
  }

  /** Continues to the next decision or the end and returns what was shown on the way. */
  read(): Beat {
    return readBeat(this.story, this.report);
  }

  /** Chooses `option` (none for -1) and reads on, noting which variables and counts ink read. */
  tracedStep(option: number): { beat: Beat; reads: ReadTrace } {
    const { value, reads } = traceReads(this.story, () => {
      if (option >= 0) this.choose(option);
      return this.read();
    });
    return { beat: value, reads };
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  /** The whole ink state (position, variables, visit counts), to explore a branch and come back. */
  save(): string {
    return this.story.state.toJson();
  }

  load(state: string): void {
    this.story.state.LoadJson(state);
  }

  /** How often a knot or stitch (`knot` or `knot.stitch`) was visited; 0 for a name the story lacks. */
  visits(pathString: string): number {
    try {
      return this.story.state.VisitCountAtPathString(pathString) ?? 0;
    } catch {
      return 0;
    }
  }
}
