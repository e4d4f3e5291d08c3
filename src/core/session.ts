import type { Beat, ChoiceOption, RuntimeProblem, StoryLine } from './beat.ts';
import { Encounter } from './encounter.ts';
import type { Mood } from './moods.ts';
import type { StoryMeta } from './story-meta.ts';

export type { Decision } from './decision.ts';

/**
 * The old playthrough API, now a thin adapter over `Encounter` while its callers move over:
 * it throws where the engine returns an error.
 */
export class EncounterSession {
  readonly encounter: Encounter;

  constructor(compiledJson: string, seed: number, encounter?: Encounter) {
    this.encounter = encounter ?? new Encounter(compiledJson, { seed });
  }

  get seed(): number {
    return this.encounter.seed;
  }
  get meta(): StoryMeta {
    return this.encounter.meta;
  }
  get transcript(): readonly StoryLine[] {
    return this.encounter.transcript;
  }
  get decisions() {
    return this.encounter.decisions;
  }
  get problems(): readonly RuntimeProblem[] {
    return this.encounter.problems;
  }
  get choices(): ChoiceOption[] {
    return this.encounter.choices;
  }
  get ended(): boolean {
    return this.encounter.ended;
  }
  get ending(): string | undefined {
    return this.encounter.ending;
  }
  get mood(): Mood {
    return this.encounter.mood;
  }
  get firstMood(): Mood | undefined {
    return this.encounter.firstMood;
  }
  get scene(): string {
    return this.encounter.scene;
  }
  get ambience(): string | undefined {
    return this.encounter.ambience;
  }
  get currentBeat(): Beat {
    return this.encounter.beat;
  }
  get path(): number[] {
    return this.encounter.path;
  }

  choose(index: number): Beat {
    const taken = this.encounter.choose(index);
    if (!taken.ok) throw new RangeError(taken.error);
    return taken.value;
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
  const replay = Encounter.resume(compiledJson, path, { seed });
  if (!replay.ok) return { ok: false, ...replay.error };
  return { ok: true, session: new EncounterSession(compiledJson, seed, replay.value) };
}
