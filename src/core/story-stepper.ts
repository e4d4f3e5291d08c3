import { Story } from 'inkjs';
import type { Beat, RuntimeProblem } from './beat.ts';
import type { BeatMemo } from './beat-memo.ts';
import { readBeat } from './beat-reader.ts';
import { globalTagsOf } from './global-tags.ts';
import { bindDraws, drawMissed, hookDraws, type HookedStory } from './luck-hook.ts';
import type { LuckTape } from './luck-tape.ts';
import { traceConditions, type ConditionTape } from './condition-trace.ts';
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
  /** Reads shared with other plays of this story and seed; dropped once the state is loaded. */
  private memo: BeatMemo | undefined;
  /** With a memo: the choices taken so far, and how far the ink Story itself has been read. */
  private readonly path: number[] = [];
  private readTo: number | undefined;
  /** With `luck`: the story whose draws take the tape's outcomes, and whether ink drew by itself. */
  private readonly hooked?: HookedStory;
  private inkDrew = false;

  /**
   * `luck`: every random draw takes the outcome the tape gives it (luck-hook.ts), so an explorer
   * can play a stretch once per outcome; without it, draws follow `seed` as in the game.
   */
  constructor(
    private readonly compiledJson: string,
    private readonly seed: number,
    private readonly report: ProblemSink,
    memo?: BeatMemo,
    private readonly luck?: LuckTape,
  ) {
    this.memo = memo?.json === compiledJson && memo.seed === seed ? memo : undefined;
    if (luck) this.hooked = hookDraws(compiledJson);
    this.story = storyOf(this.hooked?.json ?? compiledJson);
    this.story.state.storySeed = seed;
    // An EXTERNAL function with an ink fallback runs the fallback, as in Inky: the game binds none.
    this.story.allowExternalFunctionFallbacks = true;
    if (luck && this.hooked) {
      bindDraws(this.story, this.hooked, luck);
      const shuffle = this.story.NextSequenceShuffleIndex.bind(this.story);
      this.story.NextSequenceShuffleIndex = () => {
        this.inkDrew = true;
        return shuffle();
      };
    }
    this.story.onError = (message, type) =>
      report({ severity: type === 2 ? 'error' : 'warning', message } satisfies RuntimeProblem);
  }

  get globalTags(): string[] {
    return globalTagsOf(this.compiledJson);
  }

  /**
   * Continues to the next decision or the end and returns what was shown on the way. With a
   * memo, a path another play has read already is answered from it without stepping ink; else
   * the ink Story is brought to the decision before (from the state remembered there) and read.
   */
  read(): Beat {
    const memo = this.memo;
    if (!memo) return readBeat(this.story, this.report);
    const key = this.path.join(',');
    const known = memo.get(key, this.path);
    if (known) {
      for (const p of known.problems) this.report(p);
      return known.beat;
    }
    const last = this.path.length - 1;
    if (last >= 0) {
      this.bringTo(last);
      this.inkChoose(this.path[last]!);
    }
    const problems: RuntimeProblem[] = [];
    const beat = readBeat(this.story, (p) => {
      problems.push(p);
      this.report(p);
    });
    this.readTo = this.path.length;
    memo.remember(key, {
      beat,
      problems,
      ...(beat.ended ? {} : { state: this.story.state.toJson() }),
    });
    return beat;
  }

  /** Puts the ink Story where it stood after reading the beat `steps` choices in (with a memo). */
  private bringTo(steps: number): void {
    if (this.readTo === steps) return;
    const state = this.memo?.get(this.path.slice(0, steps).join(','))?.state;
    if (state !== undefined) this.story.state.LoadJson(state);
    else {
      // Not remembered (the memo was full): replay from the start, as a play without one would.
      this.story.ResetState();
      this.story.state.storySeed = this.seed;
      readBeat(this.story, () => {});
      for (const index of this.path.slice(0, steps)) {
        this.inkChoose(index);
        readBeat(this.story, () => {});
      }
    }
    this.readTo = steps;
  }

  /** Leaves the memo: the ink Story is brought to the play's place and moves on by itself. */
  private detach(): void {
    if (!this.memo) return;
    this.bringTo(this.path.length);
    this.memo = undefined;
  }

  /**
   * Chooses `option` (none for -1) and reads on, noting which variables and counts ink read and
   * how its branches depended on the variables (no tape when the stretch could not be followed).
   */
  tracedStep(option: number): { beat: Beat; reads: ReadTrace; tape?: ConditionTape } {
    this.detach();
    const { value, reads } = traceReads(this.story, () =>
      traceConditions(this.story, () => {
        if (option >= 0) this.choose(option);
        return this.read();
      }),
    );
    return { beat: value.value, reads, ...(value.tape ? { tape: value.tape } : {}) };
  }

  /** Takes choice `index`; with a memo, ink is stepped only when the next read is not shared. */
  choose(index: number): void {
    if (this.memo) this.path.push(index);
    else this.inkChoose(index);
  }

  private inkChoose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  /**
   * With `luck`: whether ink made a draw of its own since the last `load` instead of taking the
   * tape's outcome (an inkjs that no longer draws the way luck-hook.ts expects).
   */
  get drewByItself(): boolean {
    return (
      this.hooked !== undefined && (this.inkDrew || drawMissed(this.story, this.hooked, this.luck!))
    );
  }

  /** The whole ink state (position, variables, visit counts), to explore a branch and come back. */
  save(): string {
    this.detach();
    return this.story.state.toJson();
  }

  load(state: string): void {
    this.memo = undefined;
    this.story.state.LoadJson(state);
    this.loaded();
  }

  /**
   * As `load`, from a state `save` gave, already parsed with JSON.parse: inkjs's LoadJson is its
   * LoadJsonObj over such a parse (its float rewrite never meets a saved state: ink writes floats
   * as JSON numbers, `2.0` as `2`), and LoadJsonObj only reads the object, so the explorer keeps
   * one parse per state instead of writing it out and parsing it again for every option played.
   */
  loadParsed(state: Record<string, unknown>): void {
    this.memo = undefined;
    (this.story.state as unknown as { LoadJsonObj(o: object): void }).LoadJsonObj(state);
    this.loaded();
  }

  private loaded(): void {
    if (this.luck) {
      // The stretch's draws are counted from 0 (luck-hook.ts) and taken as the tape says.
      this.story.state.previousRandom = 0;
      this.luck.rewind();
      this.inkDrew = false;
    }
  }

  /** How often a knot or stitch (`knot` or `knot.stitch`) was visited; 0 for a name the story lacks. */
  visits(pathString: string): number {
    this.detach();
    try {
      return this.story.state.VisitCountAtPathString(pathString) ?? 0;
    } catch {
      return 0;
    }
  }
}
