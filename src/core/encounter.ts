import type { Beat, ChoiceOption, RuntimeProblem, StoryLine } from './beat.ts';
import type { BeatMemo } from './beat-memo.ts';
import type { Decision } from './decision.ts';
import { EncounterRun } from './encounter-run.ts';
import type { Mood } from './moods.ts';
import type { Scores } from './qualities.ts';
import { err, ok, type Result } from './result.ts';
import { scoreEffects } from './scoring.ts';
import type { StoryMeta } from './story-meta.ts';

export type { Decision } from './decision.ts';

/** What a renderer needs to show a beat: its lines and choices, and what changed with it. */
export interface BeatEvent {
  /** 'start' opens a run (the first beat, also after a restart); 'reply' follows a choice. */
  kind: 'start' | 'reply';
  beat: Beat;
  moodBefore: Mood;
  mood: Mood;
  scene: string;
  ambience: string | undefined;
  sounds: string[];
}

export interface EndedEvent {
  ending: string | undefined;
  decisions: readonly Decision[];
}

export interface EncounterEvents {
  beat: BeatEvent;
  decision: Decision;
  ended: EndedEvent;
}

type Listener<K extends keyof EncounterEvents> = (event: EncounterEvents[K]) => void;

/** Where a saved choice path stopped fitting the story. */
export interface PathMismatch {
  /** The index in the path of the first choice that does not fit. */
  at: number;
  reason: string;
}

export interface EncounterOptions {
  seed: number;
  /** Aborting it closes the encounter, as `close()` does. */
  signal?: AbortSignal;
  /** Reads shared with other plays of the same story and seed (a workshop session's teams). */
  memo?: BeatMemo;
}

/**
 * THE engine: one playthrough of one story from its first beat to its ending, the only thing that
 * takes a decision. Renderers, the server, the Studio and bots read its state and subscribe to its
 * events. Each run has its own AbortSignal: `restart()` and `close()` abort it, so nothing from an
 * old run (a late answer, a half-delivered event) reaches a subscriber.
 */
export class Encounter {
  readonly meta: StoryMeta;
  private run: EncounterRun;
  private controller = new AbortController();
  private readonly memo: BeatMemo | undefined;
  private closed = false;
  private readonly listeners: { [K in keyof EncounterEvents]: Set<Listener<K>> } = {
    beat: new Set(),
    decision: new Set(),
    ended: new Set(),
  };

  constructor(
    private readonly json: string,
    options: EncounterOptions,
  ) {
    this.memo = options.memo;
    this.run = new EncounterRun(json, options.seed, options.memo);
    this.meta = this.run.meta;
    options.signal?.addEventListener('abort', () => this.close(), { once: true });
  }

  /**
   * Plays `path` silently as far as it fits the story: resume, the server's audit, the Studio's
   * replay after an edit. The mismatch, if any, says which choice no longer fits and why.
   */
  static replay(
    json: string,
    path: readonly number[],
    options: EncounterOptions,
  ): { encounter: Encounter; mismatch?: PathMismatch } {
    const encounter = new Encounter(json, options);
    for (const [at, index] of path.entries()) {
      const taken = encounter.run.step(index);
      if (taken.ok) continue;
      const reason = encounter.ended
        ? `the story ends before decision ${at + 1}`
        : `decision ${at + 1} has ${encounter.choices.length} choices, not ${Number.isInteger(index) && index >= 0 ? index + 1 : String(index)}`;
      return { encounter, mismatch: { at, reason } };
    }
    return { encounter };
  }

  /** The whole path replayed, or why it does not fit. */
  static resume(
    json: string,
    path: readonly number[],
    options: EncounterOptions,
  ): Result<Encounter, PathMismatch> {
    const { encounter, mismatch } = Encounter.replay(json, path, options);
    return mismatch ? err(mismatch) : ok(encounter);
  }

  /** The current run's signal: work started for this run (loading a scene, a network answer) checks it. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get seed(): number {
    return this.run.seed;
  }
  get beat(): Beat {
    return this.run.beat;
  }
  get choices(): ChoiceOption[] {
    return this.run.choices;
  }
  get transcript(): readonly StoryLine[] {
    return this.run.transcript;
  }
  get decisions(): readonly Decision[] {
    return this.run.decisions;
  }
  get problems(): readonly RuntimeProblem[] {
    return this.run.problems;
  }
  get mood(): Mood {
    return this.run.mood;
  }
  get firstMood(): Mood | undefined {
    return this.run.firstMood;
  }
  get scene(): string {
    return this.run.scene;
  }
  get ambience(): string | undefined {
    return this.run.ambience;
  }
  get sounds(): string[] {
    return this.run.sounds;
  }
  get ended(): boolean {
    return this.run.ended;
  }
  get ending(): string | undefined {
    return this.run.ending;
  }
  get path(): number[] {
    return this.run.path;
  }
  get isClosed(): boolean {
    return this.closed;
  }

  /** The score so far, by the one scoring function. */
  get scores(): Scores {
    return scoreEffects(this.run.decisions.map((d) => d.options[d.chosen]?.effects ?? []));
  }

  visits(pathString: string): number {
    return this.run.visits(pathString);
  }

  /** Subscribes to one kind of event; returns the unsubscribe. A `signal` unsubscribes on abort. */
  on<K extends keyof EncounterEvents>(
    type: K,
    listener: Listener<K>,
    options: { signal?: AbortSignal } = {},
  ): () => void {
    const set = this.listeners[type] as Set<Listener<K>>;
    set.add(listener);
    const off = () => void set.delete(listener);
    options.signal?.addEventListener('abort', off, { once: true });
    return off;
  }

  /**
   * Takes choice `index` of the current beat. `from` is the signal of the run the learner saw when
   * choosing: a choice from a run since restarted or closed is refused and changes nothing.
   */
  choose(index: number, from: AbortSignal = this.signal): Result<Beat, string> {
    if (this.closed) return err('the encounter is closed');
    if (from.aborted || from !== this.signal)
      return err('that choice was made in a run that has since been restarted');
    const signal = this.signal;
    const taken = this.run.step(index);
    if (!taken.ok) return taken;
    const decision = taken.value;
    this.emit('decision', decision, signal);
    this.emit('beat', this.beatEvent('reply', decision.moodBefore), signal);
    if (this.run.ended)
      this.emit('ended', { ending: this.run.ending, decisions: this.run.decisions }, signal);
    return ok(this.run.beat);
  }

  /** Aborts the current run and starts the story again from its first line. */
  restart(seed: number = this.run.seed): void {
    if (this.closed) return;
    this.controller.abort();
    this.controller = new AbortController();
    this.run = new EncounterRun(this.json, seed, this.memo);
    this.emit('beat', this.beatEvent('start', this.run.mood), this.signal);
  }

  /** Aborts the current run for good: no more events, no more choices. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.controller.abort();
    for (const set of Object.values(this.listeners)) set.clear();
  }

  private beatEvent(kind: BeatEvent['kind'], moodBefore: Mood): BeatEvent {
    const run = this.run;
    return {
      kind,
      beat: run.beat,
      moodBefore,
      mood: run.mood,
      scene: run.scene,
      ambience: run.ambience,
      sounds: run.sounds,
    };
  }

  /** Delivers to each listener in turn unless the run that raised the event was aborted meanwhile. */
  private emit<K extends keyof EncounterEvents>(
    type: K,
    event: EncounterEvents[K],
    signal: AbortSignal,
  ): void {
    for (const listener of [...this.listeners[type]] as Listener<K>[]) {
      if (signal.aborted) return;
      listener(event);
    }
  }
}
