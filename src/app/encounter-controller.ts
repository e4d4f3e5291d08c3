import type { LearningRecord } from '../adapters/learning-record.ts';
import type { SoundPort } from '../adapters/sound.ts';
import type { StoryLine } from '../core/beat.ts';
import type { CompiledStory } from '../core/compiled-story.ts';
import type { BeatEvent, Encounter } from '../core/encounter.ts';
import { moodRank, type Mood } from '../core/moods.ts';
import { castAfter, castThrough, openingCast, type Cast } from '../core/presence.ts';
import { EncounterView } from '../render/dom/encounter-view.ts';
import { FaceLibrary } from '../render/stage/face-images.ts';
import { emptyStage, mountStage, type Stage, type StageFactory } from '../render/stage/stage.ts';
import {
  playedSession,
  reportDecision,
  savePlay,
  type PlayedSession,
} from './encounter-records.ts';
import type { ModelAnswerSource } from './decision-record.ts';
import { openEncounter } from './open-encounter.ts';
import { afterLuck, readLuckOnPage } from './page-luck.ts';
import type { Playthroughs } from './playthroughs.ts';

export interface EncounterDeps {
  root: HTMLElement;
  playthroughs: Playthroughs;
  sound: SoundPort;
  record: LearningRecord;
  /** Route-aware model answers for the records' correct responses; a shared Web Worker by default. */
  modelAnswers?: ModelAnswerSource;
  stage: Promise<StageFactory | undefined>;
  newSeed: () => number;
  reducedMotion: boolean;
  /** Milliseconds per character when revealing lines; 0 shows each beat at once. */
  textSpeed: () => number;
  openSettings(): void;
  navigate: { toDebrief(): void; toMenu(): void };
  /** Called once, when a playthrough reaches its ending (in a random story, once its luck is read). */
  onEnded(played: PlayedSession): void;
}

/**
 * The game's encounter screen: subscribes to the engine, saves after every decision and passes
 * what happened to the view, the stage and the speakers. Each run of the engine gets its own view
 * and stage; work started for a run (drawing the scene) checks that run's signal first.
 */
export class EncounterController {
  private readonly encounter: Encounter;
  private view!: EncounterView;
  private stage: Stage = emptyStage;
  private startedAt = Date.now();
  private faces = new FaceLibrary(import.meta.env.BASE_URL);
  /** What the picture shows now: it follows the lines as they are revealed, not the beat's end. */
  private shown: { mood: Mood; scene: string; cast: Cast } = {
    mood: 'calm',
    scene: '',
    cast: { present: [] },
  };

  constructor(
    private readonly story: CompiledStory,
    private readonly deps: EncounterDeps,
    notice = '',
  ) {
    const opened = openEncounter(story, deps.playthroughs, deps.newSeed, notice);
    this.encounter = opened.encounter;
    this.encounter.on('decision', () => this.decided());
    this.encounter.on('beat', (b) => (b.kind === 'start' ? this.show('', false) : this.replied(b)));
    this.encounter.on('ended', () => {
      deps.sound.play('ending');
      const played = playedSession(this.encounter);
      afterLuck(story, played.seed, () => deps.onEnded(played));
    });
    this.show(opened.notice, opened.resumed);
  }

  close(): void {
    this.encounter.close();
    this.teardown();
  }

  private teardown(): void {
    this.view?.destroy();
    this.stage.destroy();
    this.faces.close();
    this.stage = emptyStage;
    this.deps.sound.ambience(undefined);
  }

  /** Draws the current run from scratch: its transcript so far, then its choices or ending. */
  private show(notice: string, resumed: boolean): void {
    const { encounter, deps, story } = this;
    const run = encounter.signal;
    this.persist();
    // A random story's play is read against its own seed's rolls: explored while the learner plays.
    void readLuckOnPage(story, encounter.seed);
    this.faces = new FaceLibrary(import.meta.env.BASE_URL);
    this.view = new EncounterView(deps.root, {
      faces: this.faces,
      title: story.meta.title,
      customer: story.meta.customer,
      onChoose: (i) => void encounter.choose(i, run),
      onDebrief: () => deps.navigate.toDebrief(),
      onMenu: () => deps.navigate.toMenu(),
      onRestart: () => this.restart(),
      onSettings: () => deps.openSettings(),
    });
    this.view.showNotice(notice);
    deps.sound.ambience(encounter.ambience);
    if (resumed) {
      this.shown = {
        mood: encounter.mood,
        scene: encounter.scene,
        cast: castThrough(encounter.transcript, story.meta.customer),
      };
      this.view.setCast(this.shown.cast);
      this.view.setMood(encounter.mood);
      this.view.resume(encounter.transcript);
      this.showNext();
    } else {
      // The face she first shows is part of the scene, not news.
      this.shown = {
        mood: encounter.firstMood ?? 'calm',
        scene: story.meta.setting,
        cast: openingCast(story.meta.customer),
      };
      this.view.setCast(this.shown.cast);
      this.view.setMood(this.shown.mood);
      this.view.reveal(
        encounter.transcript,
        deps.textSpeed(),
        () => this.showNext(),
        (line) => this.lineShown(line),
      );
    }
    // Draw the scene once the transcript and choices have painted and the page is idle: the words
    // a learner acts on come first, the picture a moment later.
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
    setTimeout(() => idle(() => void this.mountStage(run), { timeout: 600 }), 350);
  }

  private async mountStage(run: AbortSignal): Promise<void> {
    if (run.aborted) return;
    const factory = await this.deps.stage.catch(() => undefined);
    // Restarted or closed while the scene chunk loaded: that run's stage must never appear.
    if (run.aborted) return;
    this.stage = mountStage(factory, {
      parent: this.view.stageHost,
      scene: this.shown.scene,
      mood: this.shown.mood,
      cast: this.shown.cast,
      customer: this.story.meta.customer,
      faces: this.faces,
      reducedMotion: this.deps.reducedMotion,
    });
  }

  private decided(): void {
    this.persist();
    const { deps } = this;
    reportDecision(deps.record, this.story, this.encounter, this.startedAt, deps.modelAnswers);
    this.deps.sound.play('choice');
  }

  private replied(event: BeatEvent): void {
    const { view, deps } = this;
    view.showNotice('');
    deps.sound.ambience(event.ambience);
    view.reveal(
      event.beat.lines,
      deps.textSpeed(),
      () => this.showNext(),
      (line) => this.lineShown(line),
    );
  }

  /** A line is about to show: the face, the place and the sounds change with it. */
  private lineShown(line: StoryLine): void {
    const { view, stage, deps, shown } = this;
    if (line.mood && line.mood !== shown.mood) {
      deps.sound.play(moodRank(line.mood) > moodRank(shown.mood) ? 'mood-up' : 'mood-down');
      shown.mood = line.mood;
      view.setMood(line.mood);
      stage.setMood(line.mood);
    }
    if (line.scene && line.scene !== shown.scene) {
      shown.scene = line.scene;
      stage.setScene(line.scene);
    }
    shown.cast = castAfter(shown.cast, line, this.story.meta.customer);
    view.setCast(shown.cast);
    stage.setCast(shown.cast);
    this.playSounds(line.sfx);
  }

  private showNext(): void {
    if (this.encounter.ended) this.view.showEnded(this.encounter.ending);
    else this.view.showChoices(this.encounter.choices);
  }

  private restart(): void {
    this.deps.playthroughs.clear(this.story.id);
    this.teardown();
    this.startedAt = Date.now();
    this.encounter.restart(this.deps.newSeed());
  }

  private playSounds(ids: string[]): void {
    for (const id of ids) this.deps.sound.play(id);
  }

  private persist(): void {
    savePlay(this.deps.playthroughs, this.story, this.encounter);
  }
}
