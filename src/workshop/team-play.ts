import { EncounterView } from '../render/dom/encounter-view.ts';
import { h } from '../render/dom/h.ts';
import { FaceLibrary } from '../render/stage/face-images.ts';
import { emptyStage, mountStage, type Stage, type StageFactory } from '../render/stage/stage.ts';
import type { Reply } from '../protocol/replies.ts';
import type { TeamSnapshot } from '../protocol/snapshots.ts';
import type { TeamChosen, TeamStep } from '../protocol/team-play.ts';
import { progressText } from './progress-text.ts';

export interface TeamPlayHandlers {
  /** Sends one choice; the server checks, stores and plays it, and answers with the next step. */
  send(step: number, index: number): Promise<Reply<TeamChosen>>;
  /** The team pressed "See your debrief". */
  debrief(): void;
  /** The server's path differs from this device's: fetch it again. */
  resync(): void;
}

/**
 * A team playing on its own device. The story runs on the server: the device shows the step it
 * is sent (lines, then the options' words) and sends back the index the team picks; the next
 * beat comes in the answer. So the device never holds scores, feedback or the seed, and a round
 * cannot be restarted or left for the menu (the path is the team's answer): no Start over, no Menu.
 */
export class TeamPlay {
  private readonly view: EncounterView;
  private readonly banner = h('p', { class: 'team-banner' });
  private readonly closed = new AbortController();
  private stage: Stage = emptyStage;
  private locked = false;
  private readonly faces = new FaceLibrary(import.meta.env.BASE_URL);
  private step: TeamStep;
  private made: number;

  constructor(
    root: HTMLElement,
    private readonly snapshot: TeamSnapshot,
    private readonly handlers: TeamPlayHandlers,
    stage: Promise<StageFactory | undefined>,
  ) {
    this.step = snapshot.play;
    this.made = snapshot.made;
    const host = h('div', { class: 'encounter-host' });
    root.replaceChildren(this.banner, host);
    const { meta } = snapshot.story;
    this.view = new EncounterView(host, {
      title: meta.title,
      customer: meta.customer,
      onChoose: (i) => void this.choose(i),
      onDebrief: () => handlers.debrief(),
    });
    this.view.appendLines(this.step.lines);
    this.view.setMood(this.step.mood);
    this.locked = snapshot.phase !== 'playing';
    this.showNext();
    void stage.then((factory) => this.mountStage(factory));
  }

  get ended(): boolean {
    return this.step.ended;
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    if (!locked) this.view.showNotice('');
    this.showNext();
  }

  destroy(): void {
    this.closed.abort();
    this.view.destroy();
    this.stage.destroy();
    this.faces.close();
  }

  private mountStage(factory: StageFactory | undefined): void {
    if (this.closed.signal.aborted) return;
    this.stage = mountStage(factory, {
      parent: this.view.stageHost,
      scene: this.step.scene,
      mood: this.step.mood,
      customer: this.snapshot.story.meta.customer,
      faces: this.faces,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
  }

  private async choose(index: number): Promise<void> {
    if (this.locked) return this.showNext();
    const { signal } = this.closed;
    this.view.setChoicesEnabled(false); // one choice in flight at a time
    this.view.showNotice('Sending your choice…');
    const reply = await this.handlers.send(this.made, index);
    if (signal.aborted) return; // the device left this play while the server answered
    if (!reply.ok) {
      this.view.showNotice(reply.error.message);
      if (reply.error.code === 'out-of-turn') this.handlers.resync();
      else this.showNext();
      return;
    }
    this.view.showNotice('');
    this.replied(reply.value);
  }

  private replied({ made, step }: TeamChosen): void {
    this.made = made;
    this.step = step;
    // The app's snapshot follows, so its waiting debrief names the ending this play reached.
    const { snapshot } = this;
    snapshot.made = made;
    snapshot.play = { ...step, lines: [...snapshot.play.lines, ...step.lines] };
    this.view.appendLines(step.lines);
    this.view.setMood(step.mood);
    this.stage.setMood(step.mood);
    this.stage.setScene(step.scene);
    this.showNext();
  }

  private showNext(): void {
    const { step } = this;
    this.banner.textContent = `Team ${this.snapshot.team.name} · ${progressText(this.made, step.ended, this.snapshot.decisions)}`;
    if (step.ended) return this.view.showEnded(step.ending);
    this.view.showChoices(step.choices.map((text) => ({ text })));
    if (!this.locked) return;
    this.view.showNotice('The facilitator has locked the round: no more choices for now.');
    this.view.setChoicesEnabled(false);
  }
}
