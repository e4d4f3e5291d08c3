import { EncounterSession, replayPath } from '../core/session.ts';
import { EncounterView, type EncounterHandlers } from '../render/dom/encounter-view.ts';
import { h } from '../render/dom/h.ts';
import { emptyStage, mountStage, type Stage, type StageFactory } from '../render/stage/stage.ts';
import type { Reply, TeamSnapshot } from '../server/protocol.ts';
import { progressText } from './progress-text.ts';

export interface TeamPlayHandlers {
  /** Sends one choice; the server replays the whole path and answers. */
  send(step: number, index: number): Promise<Reply<unknown>>;
  /** The team pressed "See your debrief". */
  debrief(): void;
  /** The server's path differs from this device's: fetch it again. */
  resync(): void;
}

/** Rebuilds the team's playthrough from the path the server holds, with the session's seed. */
export function replayTeam(snapshot: TeamSnapshot): EncounterSession {
  const replay = replayPath(snapshot.story.json, snapshot.seed, snapshot.path);
  return replay.ok ? replay.session : new EncounterSession(snapshot.story.json, snapshot.seed);
}

/**
 * The encounter's bar buttons (menu, start over, settings, …) are removed in a workshop, so any
 * handler but choosing and the debrief does nothing, including ones the main game adds later.
 */
function playHandlers(used: Pick<EncounterHandlers, 'onChoose' | 'onDebrief'>): EncounterHandlers {
  return new Proxy(used, {
    get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? (() => undefined),
  }) as EncounterHandlers;
}

/**
 * A team playing on its own device: the main game's encounter view and stage, but every choice
 * goes to the server first and shows only once the server has stored and scored it.
 */
export class TeamPlay {
  readonly session: EncounterSession;
  private readonly view: EncounterView;
  private readonly banner = h('p', { class: 'team-banner' });
  private stage: Stage = emptyStage;
  private locked = false;
  private closed = false;

  constructor(
    root: HTMLElement,
    private readonly snapshot: TeamSnapshot,
    private readonly handlers: TeamPlayHandlers,
    stage: Promise<StageFactory | undefined>,
  ) {
    this.session = replayTeam(snapshot);
    const host = h('div', { class: 'encounter-host' });
    root.replaceChildren(this.banner, host);
    const { meta } = snapshot.story;
    this.view = new EncounterView(
      host,
      meta.title,
      meta.customer,
      playHandlers({
        onChoose: (i) => void this.choose(i),
        onDebrief: () => handlers.debrief(),
      }),
    );
    // A workshop round cannot be restarted or left for the menu: the path is the team's answer.
    host.querySelector('.bar-buttons')?.remove();
    // A long transcript scrolls; keyboard users must be able to reach it (WCAG 2.1.1).
    host.querySelector('.transcript')?.setAttribute('tabindex', '0');
    this.view.appendLines(this.session.transcript);
    this.view.setMood(this.session.mood);
    this.locked = snapshot.phase !== 'playing';
    this.showNext();
    void stage.then((factory) => this.mountStage(factory));
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    if (!locked) this.view.showNotice('');
    this.showNext();
  }

  destroy(): void {
    this.closed = true;
    this.view.destroy();
    this.stage.destroy();
  }

  private mountStage(factory: StageFactory | undefined): void {
    if (this.closed) return;
    this.stage = mountStage(factory, {
      parent: this.view.stageHost,
      scene: this.session.scene,
      mood: this.session.mood,
      customer: this.snapshot.story.meta.customer,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
  }

  private async choose(index: number): Promise<void> {
    if (this.locked) return this.showNext();
    const step = this.session.path.length;
    this.setChoicesEnabled(false); // one choice in flight at a time
    this.view.showNotice('Sending your choice…');
    const reply = await this.handlers.send(step, index);
    if (this.closed) return;
    if (!reply.ok) {
      this.view.showNotice(reply.error.message);
      if (reply.error.code === 'out-of-turn') this.handlers.resync();
      else this.showNext();
      return;
    }
    this.view.showNotice('');
    const beat = this.session.choose(index);
    this.snapshot.path = this.session.path;
    this.view.appendLines(beat.lines);
    this.view.setMood(this.session.mood);
    this.stage.setMood(this.session.mood);
    this.stage.setScene(this.session.scene);
    this.showNext();
  }

  private showNext(): void {
    const { session } = this;
    this.banner.textContent = `Team ${this.snapshot.team.name} · ${progressText(session.path.length, session.ended, this.snapshot.decisions)}`;
    if (session.ended) return this.view.showEnded(session.ending);
    this.view.showChoices(session.choices);
    if (!this.locked) return;
    this.view.showNotice('The facilitator has locked the round: no more choices for now.');
    this.setChoicesEnabled(false);
  }

  private setChoicesEnabled(enabled: boolean): void {
    const section = this.view.stageHost.closest('section');
    for (const b of section?.querySelectorAll<HTMLButtonElement>('button.choice') ?? []) {
      b.disabled = !enabled;
    }
  }
}
