import { AMBIENCE_FOR_SCENE } from './asset-ids.ts';
import type { Beat, ChoiceOption, RuntimeProblem, StoryLine } from './beat.ts';
import { endingOf } from './beat-reader.ts';
import type { BeatMemo } from './beat-memo.ts';
import type { Decision } from './decision.ts';
import type { Mood } from './moods.ts';
import { castAfter, openingCast, type Cast } from './presence.ts';
import type { Result } from './result.ts';
import { parseStoryMeta, type StoryMeta } from './story-meta.ts';
import { StoryStepper } from './story-stepper.ts';

/**
 * One run of one story from its first beat: the state a playthrough accumulates (transcript,
 * decisions, mood, scene, ambience, ending) and the step that moves it on. No events and no
 * cancellation here; `Encounter` adds those around it.
 */
export class EncounterRun {
  readonly meta: StoryMeta;
  readonly transcript: StoryLine[] = [];
  readonly decisions: Decision[] = [];
  readonly problems: RuntimeProblem[] = [];
  mood: Mood = 'calm';
  /** The mood the customer first shows, if any line set one. */
  firstMood: Mood | undefined;
  scene: string;
  /** The last '#ambience:' a line asked for; undefined means the scene's own loop. */
  explicitAmbience: string | undefined;
  ending: string | undefined;
  beat: Beat;
  /** Who is on stage after the last line read, for what a key moment says of the customer. */
  private cast: Cast;
  private readonly stepper: StoryStepper;

  constructor(
    json: string,
    readonly seed: number,
    memo?: BeatMemo,
  ) {
    this.stepper = new StoryStepper(json, seed, (p) => this.problems.push(p), memo);
    this.meta = parseStoryMeta(this.stepper.globalTags).meta;
    // The first scene is the story's setting until a line says otherwise.
    this.scene = this.meta.setting;
    this.cast = openingCast(this.meta.customer);
    this.beat = this.advance();
  }

  get choices(): ChoiceOption[] {
    return this.beat.choices;
  }

  get ended(): boolean {
    return this.beat.ended;
  }

  get path(): number[] {
    return this.decisions.map((d) => d.chosen);
  }

  /** The loop to play now: the story's own '#ambience:', else the one drawn for the scene. */
  get ambience(): string | undefined {
    return (
      this.explicitAmbience ?? AMBIENCE_FOR_SCENE[this.scene as keyof typeof AMBIENCE_FOR_SCENE]
    );
  }

  /** The '#sfx:' sounds of the beat just shown, in story order. */
  get sounds(): string[] {
    return this.beat.lines.flatMap((l) => l.sfx);
  }

  /** How often a knot or stitch was visited in this run (for the Studio's map). */
  visits(pathString: string): number {
    return this.stepper.visits(pathString);
  }

  step(index: number): Result<Decision, string> {
    if (this.ended) return { ok: false, error: 'the story has ended: there is no choice to make' };
    if (!Number.isInteger(index) || !this.choices[index]) {
      return {
        ok: false,
        error: `choice ${index + 1} does not exist here (there are ${this.choices.length})`,
      };
    }
    const prompt = this.beat.lines;
    const { point } = this.beat;
    const options = this.choices;
    const moodBefore = this.mood;
    const sceneBefore = this.scene;
    const { customer } = this.meta;
    const customerThere =
      this.cast.present.includes(customer) || this.cast.remote?.name === customer;
    // What the learner said stays in the transcript, so a resumed attempt reads as it was played.
    this.transcript.push({ speaker: 'You', text: options[index]?.text ?? '', sfx: [] });
    this.stepper.choose(index);
    this.beat = this.advance();
    const decision: Decision = {
      prompt,
      options,
      ...(point ? { point } : {}),
      chosen: index,
      moodBefore,
      moodAfter: this.mood,
      reply: this.beat.lines,
      sceneBefore,
      sceneAfter: this.scene,
      customerThere,
    };
    this.decisions.push(decision);
    return { ok: true, value: decision };
  }

  private advance(): Beat {
    const beat = this.stepper.read();
    for (const line of beat.lines) {
      if (line.mood) {
        this.mood = line.mood;
        this.firstMood ??= line.mood;
      }
      if (line.scene) this.scene = line.scene;
      this.cast = castAfter(this.cast, line, this.meta.customer);
      if (line.ambience) this.explicitAmbience = line.ambience;
      if (line.text !== '') this.transcript.push(line);
    }
    if (beat.ended) this.ending = endingOf(beat);
    return beat;
  }
}
