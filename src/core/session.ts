import { Story } from 'inkjs';
import type { Beat, ChoiceOption, RuntimeProblem, StoryLine } from './beat.ts';
import { endingOf, readBeat } from './beat-reader.ts';
import type { Mood } from './moods.ts';
import { parseStoryMeta, type StoryMeta } from './story-meta.ts';

export interface Decision {
  /** The lines the learner read just before deciding. */
  prompt: StoryLine[];
  options: ChoiceOption[];
  chosen: number;
  moodBefore: Mood;
  moodAfter: Mood;
  /** The lines right after the choice, up to the next decision or the end. */
  reply: StoryLine[];
  /** The scene on stage when deciding, and once the reply has been shown. */
  sceneBefore: string;
  sceneAfter: string;
}

/**
 * One playthrough of one story. Wraps inkjs' Story (never subclassed) and keeps what a learner,
 * a debrief and a replay need: the transcript, the decisions, the customer's mood and the scene.
 */
export class EncounterSession {
  readonly meta: StoryMeta;
  readonly transcript: StoryLine[] = [];
  readonly decisions: Decision[] = [];
  readonly problems: RuntimeProblem[] = [];
  choices: ChoiceOption[] = [];
  ended = false;
  ending: string | undefined;
  mood: Mood = 'calm';
  firstMood: Mood | undefined;
  scene: string;
  /** The last '#ambience:' a line asked for; otherwise the scene's own loop plays. */
  ambience: string | undefined;
  private lastBeat: Beat;
  private readonly story: Story;

  constructor(
    compiledJson: string,
    readonly seed: number,
  ) {
    this.story = new Story(compiledJson);
    this.story.state.storySeed = seed;
    this.story.onError = (message, type) => {
      this.problems.push({ severity: type === 2 ? 'error' : 'warning', message });
    };
    this.meta = parseStoryMeta(this.story.globalTags).meta;
    this.scene = this.meta.setting;
    this.lastBeat = this.advance();
  }

  /** The beat shown most recently: its lines and the choices now open. */
  get currentBeat(): Beat {
    return this.lastBeat;
  }

  get path(): number[] {
    return this.decisions.map((d) => d.chosen);
  }

  choose(index: number): Beat {
    const option = this.choices[index];
    if (this.ended || !option) {
      throw new RangeError(
        this.ended
          ? 'the story has ended: there is no choice to make'
          : `choice ${index + 1} does not exist here (there are ${this.choices.length})`,
      );
    }
    const moodBefore = this.mood;
    const sceneBefore = this.scene;
    const prompt = this.lastBeat.lines;
    const options = this.choices;
    this.story.ChooseChoiceIndex(index);
    this.lastBeat = this.advance();
    this.decisions.push({
      prompt,
      options,
      chosen: index,
      moodBefore,
      moodAfter: this.mood,
      reply: this.lastBeat.lines,
      sceneBefore,
      sceneAfter: this.scene,
    });
    return this.lastBeat;
  }

  private advance(): Beat {
    const beat = readBeat(this.story, (p) => this.problems.push(p));
    for (const line of beat.lines) {
      if (line.mood) {
        this.mood = line.mood;
        this.firstMood ??= line.mood;
      }
      if (line.scene) this.scene = line.scene;
      if (line.ambience) this.ambience = line.ambience;
      if (line.text !== '') this.transcript.push(line);
    }
    this.choices = beat.choices;
    this.ended = beat.ended;
    if (beat.ended) this.ending = endingOf(beat);
    return beat;
  }
}

export type ReplayResult =
  | { ok: true; session: EncounterSession }
  | { ok: false; reason: string; at: number };

/** Rebuilds a playthrough from its choice path; says where a path stops fitting the story. */
export function replayPath(
  compiledJson: string,
  seed: number,
  path: readonly number[],
): ReplayResult {
  const session = new EncounterSession(compiledJson, seed);
  for (const [step, index] of path.entries()) {
    if (!Number.isInteger(index) || index < 0 || index >= session.choices.length) {
      return {
        ok: false,
        at: step,
        reason: session.ended
          ? `the story ends before decision ${step + 1}`
          : `decision ${step + 1} has ${session.choices.length} choices, not ${index + 1}`,
      };
    }
    session.choose(index);
  }
  return { ok: true, session };
}
