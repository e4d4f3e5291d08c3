import type { CompiledStory } from '../core/compiled-story.ts';
import { EncounterSession, replayPath } from '../core/session.ts';
import type { SoundPort } from '../adapters/sound.ts';
import type { LearningRecord } from '../adapters/learning-record.ts';
import { debriefOf } from '../core/debrief.ts';
import { debriefSettings } from './judgement-config.ts';
import { AMBIENCE_FOR_SCENE } from '../core/asset-ids.ts';
import { moodRank } from '../core/moods.ts';
import { EncounterView } from '../render/dom/encounter-view.ts';
import { emptyStage, mountStage, type Stage, type StageFactory } from '../render/stage/stage.ts';
import type { Playthroughs } from './playthroughs.ts';

export interface EncounterDeps {
  root: HTMLElement;
  playthroughs: Playthroughs;
  sound: SoundPort;
  record: LearningRecord;
  stage: Promise<StageFactory | undefined>;
  newSeed: () => number;
  reducedMotion: boolean;
  /** Milliseconds per character when revealing lines; 0 shows each beat at once. */
  textSpeed: () => number;
  openSettings(): void;
  navigate: { toDebrief(): void; toMenu(): void };
  /** Called once, when a playthrough reaches its ending. */
  onEnded(session: EncounterSession): void;
}

/**
 * Runs one encounter: resumes the saved path or starts fresh, saves after every decision, and
 * passes what happened to the view, the stage and the speakers.
 */
export class EncounterController {
  private session!: EncounterSession;
  private view!: EncounterView;
  private stage: Stage = emptyStage;
  private closed = false;
  private startedAt = Date.now();

  constructor(
    private readonly story: CompiledStory,
    private readonly deps: EncounterDeps,
    notice = '',
  ) {
    this.begin(notice);
  }

  close(): void {
    this.closed = true;
    this.view.destroy();
    this.stage.destroy();
    this.deps.sound.ambience(undefined);
  }

  private begin(notice: string): void {
    const { story, deps } = this;
    const loaded = deps.playthroughs.load(story.id);
    let message = notice;
    if (loaded.problem)
      message = `Your saved progress could not be used (${loaded.problem}), so the scenario starts over.`;
    let session: EncounterSession | undefined;
    const saved = loaded.save;
    if (saved && saved.hash !== story.hash) {
      message = 'This scenario has changed since you last played it, so it starts over.';
    } else if (saved) {
      const replay = replayPath(story.json, saved.seed, saved.path);
      if (replay.ok && !replay.session.ended) session = replay.session;
      else if (!replay.ok)
        message = `Your saved progress no longer fits this scenario (${replay.reason}), so it starts over.`;
    }
    this.session = session ?? new EncounterSession(story.json, deps.newSeed());
    this.persist();
    this.view = new EncounterView(deps.root, story.meta.title, story.meta.customer, {
      onChoose: (i) => this.choose(i),
      onDebrief: () => deps.navigate.toDebrief(),
      onMenu: () => deps.navigate.toMenu(),
      onRestart: () => this.restart(),
      onSettings: () => deps.openSettings(),
    });
    this.view.showNotice(message);
    this.view.setMood(this.session.mood);
    this.playAmbience();
    if (this.session.decisions.length === 0) {
      this.view.reveal(this.session.transcript, deps.textSpeed(), () => this.showNext());
    } else {
      this.view.appendLines(this.session.transcript);
      this.showNext();
    }
    // Draw the scene once the transcript and choices have painted and the page is idle: the words
    // a learner acts on come first, the picture a moment later.
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
    setTimeout(() => idle(() => void this.mountStage(), { timeout: 600 }), 350);
    if (this.session.decisions.length === 0)
      this.playSounds(this.session.currentBeat.lines.flatMap((l) => l.sfx));
  }

  private async mountStage(): Promise<void> {
    const factory = await this.deps.stage.catch(() => undefined);
    if (this.closed) return;
    this.stage = mountStage(factory, {
      parent: this.view.stageHost,
      scene: this.session.scene,
      mood: this.session.mood,
      customer: this.story.meta.customer,
      reducedMotion: this.deps.reducedMotion,
      assetBase: import.meta.env.BASE_URL,
    });
  }

  private choose(index: number): void {
    const before = this.session.mood;
    const options = this.session.choices;
    const beat = this.session.choose(index);
    this.persist();
    this.report(
      options.map((o) => o.text),
      index,
    );
    this.deps.sound.play('choice');
    this.playSounds(beat.lines.flatMap((l) => l.sfx));
    this.view.showNotice('');
    const lines = beat.lines;
    if (this.session.mood !== before) {
      this.view.setMood(this.session.mood);
      this.stage.setMood(this.session.mood);
      this.deps.sound.play(
        moodRank(this.session.mood) > moodRank(before) ? 'mood-up' : 'mood-down',
      );
    }
    this.stage.setScene(this.session.scene);
    this.playAmbience();
    if (this.session.ended) {
      this.deps.sound.play('ending');
      this.deps.onEnded(this.session);
    }
    this.view.reveal(lines, this.deps.textSpeed(), () => this.showNext());
  }

  private showNext(): void {
    if (this.session.ended) this.view.showEnded(this.session.ending);
    else this.view.showChoices(this.session.choices);
  }

  private restart(): void {
    this.deps.playthroughs.clear(this.story.id);
    this.close();
    this.closed = false;
    this.stage = emptyStage;
    this.begin('');
  }

  private report(options: string[], index: number): void {
    const { story, session, deps } = this;
    const chosen = session.decisions[session.decisions.length - 1]?.options[index];
    deps.record.decided({
      storyId: story.id,
      title: story.meta.title,
      number: session.decisions.length,
      options,
      chosenIndex: index,
      chosen: chosen?.text ?? '',
      effects: chosen?.effects ?? [],
    });
    if (!session.ended) return;
    deps.record.finished({
      storyId: story.id,
      title: story.meta.title,
      debrief: debriefOf(story, session, debriefSettings()),
      durationMs: Date.now() - this.startedAt,
    });
  }

  private playAmbience(): void {
    const { ambience, scene } = this.session;
    this.deps.sound.ambience(
      ambience ?? AMBIENCE_FOR_SCENE[scene as keyof typeof AMBIENCE_FOR_SCENE],
    );
  }

  private playSounds(ids: string[]): void {
    for (const id of ids) this.deps.sound.play(id);
  }

  private persist(): void {
    this.deps.playthroughs.save({
      v: 1,
      storyId: this.story.id,
      hash: this.story.hash,
      seed: this.session.seed,
      path: this.session.path,
      ...(this.session.ended ? { finished: true } : {}),
    });
  }
}
