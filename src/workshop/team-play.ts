import { Encounter, type BeatEvent } from '../core/encounter.ts';
import { EncounterView } from '../render/dom/encounter-view.ts';
import { h } from '../render/dom/h.ts';
import { FaceLibrary } from '../render/stage/face-images.ts';
import { emptyStage, mountStage, type Stage, type StageFactory } from '../render/stage/stage.ts';
import type { Reply } from '../protocol/replies.ts';
import type { TeamSnapshot } from '../protocol/snapshots.ts';
import { progressText } from './progress-text.ts';

export interface TeamPlayHandlers {
  /** Sends one choice; the server checks and stores it and answers. */
  send(step: number, index: number): Promise<Reply<unknown>>;
  /** The team pressed "See your debrief". */
  debrief(): void;
  /** The server's path differs from this device's: fetch it again. */
  resync(): void;
}

/** Rebuilds the team's playthrough from the path the server holds, with the session's seed. */
export function replayTeam(snapshot: TeamSnapshot): Encounter {
  const options = { seed: snapshot.seed };
  const resumed = Encounter.resume(snapshot.story.json, snapshot.path, options);
  return resumed.ok ? resumed.value : new Encounter(snapshot.story.json, options);
}

/**
 * A team playing on its own device: the game's engine, encounter view and stage, but every choice
 * goes to the server first and is taken only once the server has stored and scored it. A workshop
 * round cannot be restarted or left for the menu (the path is the team's answer), so the view gets
 * no Start over and no Menu.
 */
export class TeamPlay {
  readonly encounter: Encounter;
  private readonly view: EncounterView;
  private readonly banner = h('p', { class: 'team-banner' });
  private stage: Stage = emptyStage;
  private locked = false;
  private readonly faces = new FaceLibrary(import.meta.env.BASE_URL);

  constructor(
    root: HTMLElement,
    private readonly snapshot: TeamSnapshot,
    private readonly handlers: TeamPlayHandlers,
    stage: Promise<StageFactory | undefined>,
  ) {
    this.encounter = replayTeam(snapshot);
    const host = h('div', { class: 'encounter-host' });
    root.replaceChildren(this.banner, host);
    const { meta } = snapshot.story;
    this.view = new EncounterView(host, {
      title: meta.title,
      customer: meta.customer,
      onChoose: (i) => void this.choose(i),
      onDebrief: () => handlers.debrief(),
    });
    this.encounter.on('beat', (b) => this.replied(b));
    this.view.appendLines(this.encounter.transcript);
    this.view.setMood(this.encounter.mood);
    this.locked = snapshot.phase !== 'playing';
    this.showNext();
    const run = this.encounter.signal;
    void stage.then((factory) => this.mountStage(factory, run));
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    if (!locked) this.view.showNotice('');
    this.showNext();
  }

  destroy(): void {
    this.encounter.close();
    this.view.destroy();
    this.stage.destroy();
    this.faces.close();
  }

  private mountStage(factory: StageFactory | undefined, run: AbortSignal): void {
    if (run.aborted) return;
    this.stage = mountStage(factory, {
      parent: this.view.stageHost,
      scene: this.encounter.scene,
      mood: this.encounter.mood,
      customer: this.snapshot.story.meta.customer,
      faces: this.faces,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
  }

  private async choose(index: number): Promise<void> {
    if (this.locked) return this.showNext();
    const run = this.encounter.signal;
    const step = this.encounter.path.length;
    this.view.setChoicesEnabled(false); // one choice in flight at a time
    this.view.showNotice('Sending your choice…');
    const reply = await this.handlers.send(step, index);
    if (run.aborted) return; // the device left this play while the server answered
    if (!reply.ok) {
      this.view.showNotice(reply.error.message);
      if (reply.error.code === 'out-of-turn') this.handlers.resync();
      else this.showNext();
      return;
    }
    this.view.showNotice('');
    this.encounter.choose(index, run);
  }

  private replied(event: BeatEvent): void {
    this.snapshot.path = this.encounter.path;
    this.view.appendLines(event.beat.lines);
    this.view.setMood(event.mood);
    this.stage.setMood(event.mood);
    this.stage.setScene(event.scene);
    this.showNext();
  }

  private showNext(): void {
    const { encounter } = this;
    this.banner.textContent = `Team ${this.snapshot.team.name} · ${progressText(encounter.path.length, encounter.ended, this.snapshot.decisions)}`;
    if (encounter.ended) return this.view.showEnded(encounter.ending);
    this.view.showChoices(encounter.choices);
    if (!this.locked) return;
    this.view.showNotice('The facilitator has locked the round: no more choices for now.');
    this.view.setChoicesEnabled(false);
  }
}
