import * as Phaser from 'phaser';
import type { Mood } from '../../core/moods.ts';
import { openingCast, type Cast } from '../../core/presence.ts';
import { lifePlan, type LifePlan } from '../../core/stage-life.ts';
import { BackdropLayer } from './backdrop-layer.ts';
import { placeCast } from './cast-layout.ts';
import { IdleLife } from './idle-life.ts';
import { placePerson } from './place-person.ts';
import { fadeIn, fadeOut } from './presence-fades.ts';
import { StageReport } from './stage-report.ts';
import { givePictures, newPerson, paintFace, type Person } from './stage-person.ts';
import { HEIGHT, type StageSize } from './stage-size.ts';
import type { StageOptions } from './stage.ts';

/** Phaser draws the place and the people in it; it is told what to show and decides nothing. */
export class EncounterScene extends Phaser.Scene {
  private backdrop?: BackdropLayer;
  private readonly people = new Map<string, Person>();
  private readonly plan: LifePlan;
  private cast: Cast;
  private readonly life: IdleLife;
  private readonly counts: StageReport;
  /** The opening cast appears with the scene; people who come and go after it fade in and out. */
  private opened = false;
  /** Something other than a pose changed (a face, the place, the size): the next frame is drawn. */
  private changed = true;

  constructor(
    private sceneId: string,
    private mood: Mood,
    private size: StageSize,
    private readonly options: StageOptions,
  ) {
    super('EncounterScene');
    this.plan = lifePlan(options.reducedMotion);
    this.cast = options.cast ?? openingCast(options.customer);
    this.counts = new StageReport(options.parent, () => this.game.loop);
    this.life = new IdleLife(this.plan, (kind) => {
      if (kind === 'blink') this.counts.blinks++;
      else this.counts.gestures++;
      this.report();
    });
  }

  create(): void {
    this.cameras.main.setOrigin(0, 0).setZoom(this.size.zoom);
    this.backdrop = new BackdropLayer(this);
    this.backdrop.paint(this.sceneId, this.size);
    this.showCast(this.cast);
    this.opened = true;
  }

  /** The box changed shape (text size, rotation, window): repaint to its new size. */
  fit(size: StageSize): void {
    const same =
      size.pixelWidth === this.size.pixelWidth && size.pixelHeight === this.size.pixelHeight;
    if (same || !this.sys.isActive()) return;
    const wider = size.width !== this.size.width;
    this.size = size;
    this.scale.setGameSize(size.pixelWidth, size.pixelHeight);
    this.cameras.main.setZoom(size.zoom);
    this.backdrop?.paint(this.sceneId, size);
    if (wider) this.layout(false);
    this.wake();
  }

  showScene(id: string): void {
    if (id === this.sceneId) return;
    this.sceneId = id;
    const repaint = () => this.backdrop?.paint(id, this.size);
    if (this.plan.sceneChange === 'cut') repaint();
    else {
      // A short fade marks the move to another place.
      this.cameras.main.fadeOut(160, 20, 26, 38);
      this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => {
        repaint();
        this.cameras.main.fadeIn(220, 20, 26, 38);
      });
    }
    this.options.parent.dataset.transition = this.plan.sceneChange;
    this.wake();
  }

  showMood(mood: Mood): void {
    if (mood === this.mood) return;
    this.mood = mood;
    const person = this.people.get(this.options.customer);
    this.wake();
    if (person) {
      paintFace(person, this.options.customer, this.moodOf(this.options.customer));
      person.startledAt = 0;
    }
  }

  showCast(cast: Cast): void {
    this.cast = cast;
    const wanted = new Set([...cast.present, ...(cast.remote ? [cast.remote.name] : [])]);
    for (const [name, person] of this.people) {
      if (wanted.has(name)) continue;
      this.people.delete(name);
      this.leave(person);
    }
    for (const name of wanted) if (!this.people.has(name)) this.enter(this.addPerson(name));
    this.layout(true);
  }

  private fades(): boolean {
    const fade = this.opened && this.plan.presenceChange === 'fade';
    if (this.opened) this.options.parent.dataset.presence = this.plan.presenceChange;
    return fade;
  }

  /** Someone arrives: they fade in, or simply appear under reduced motion and at the opening. */
  private enter(person: Person): void {
    if (!this.fades()) return;
    fadeIn(this, person, () => {
      this.counts.entrances++;
      this.report();
    });
  }

  /** Someone goes: they fade as they step down out of the picture, or vanish under reduced motion. */
  private leave(person: Person): void {
    if (!this.fades()) {
      person.container.destroy();
      return;
    }
    fadeOut(this, person, () => {
      this.counts.exits++;
      this.report();
    });
  }

  /**
   * Idle life: each person's pose for this moment of the spell, as core's plan says; at the end
   * of the spell everyone comes to rest and the loop sleeps after drawing that frame.
   */
  override update(time: number): void {
    const { moved, resting } = this.life.pose(this.people.values(), time, this.size.zoom);
    this.drawOnlyIf(moved);
    if (resting) this.rest();
  }

  /**
   * Leaves the last frame on the canvas when nothing on it would visibly change: the canvas is
   * not cleared between frames (the backdrop covers it), so a frame the camera skips costs the
   * page no drawing and the browser no copy of the canvas.
   */
  private drawOnlyIf(moved: boolean): void {
    const camera = this.cameras.main;
    const busy = this.tweens.getTweens().length > 0 || camera.fadeEffect.isRunning;
    camera.setVisible(moved || busy || this.changed);
    this.changed = false;
  }

  private moodOf(name: string): Mood {
    return name === this.options.customer ? this.mood : 'calm';
  }

  /** Someone joins: drawn by hand at once, their picture swapped in when their faces arrive. */
  private addPerson(name: string): Person {
    const person = newPerson(this, name);
    this.people.set(name, person);
    paintFace(person, name, this.moodOf(name));
    void this.options.faces.faces(name).then((images) => {
      if (!this.sys.isActive() || this.people.get(name) !== person) return;
      // Says which face is showing, for tests and anyone inspecting the page.
      if (name === this.options.customer)
        this.options.parent.dataset.portrait = images ? 'picture' : 'drawn';
      if (!images) return;
      givePictures(this, person, name, images);
      paintFace(person, name, this.moodOf(name));
      this.layout(false);
    });
    return person;
  }

  private layout(animate: boolean): void {
    const placed = placeCast(this.cast, this.size.width, HEIGHT);
    for (const place of placed) {
      const person = this.people.get(place.name);
      if (person)
        placePerson(this, person, place, this.moodOf(place.name), animate && this.plan.gestures);
    }
    // Says who is drawn, and how, for tests and anyone inspecting the page.
    this.options.parent.dataset.drawn = placed
      .map((p) => (p.remote ? `${p.name} (${p.remote})` : p.name))
      .join(', ');
    this.wake();
  }

  /** Something changed: a new spell of life begins, and frames are drawn until it ends. */
  private wake(): void {
    this.changed = true;
    this.life.wake(this.people, this.cast.speaking);
    if (!this.game.loop.running) this.game.loop.wake();
    this.report();
  }

  /** The spell is over: no frames until the next change, which keeps slow phones' main thread free. */
  private rest(): void {
    if (this.tweens.getTweens().length > 0) return;
    this.game.loop.sleep();
    this.report();
  }

  /** Says whether the picture is drawing and what its idle life has done, for tests and inspection. */
  private report(): void {
    this.counts.write();
  }
}
