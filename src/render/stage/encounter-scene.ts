import * as Phaser from 'phaser';
import type { Mood } from '../../core/moods.ts';
import { openingCast, type Cast } from '../../core/presence.ts';
import {
  lifeMoments,
  lifePlan,
  poseAt,
  poseKey,
  REST,
  type LifePlan,
} from '../../core/stage-life.ts';
import { BackdropLayer } from './backdrop-layer.ts';
import { placeCast, type Placement } from './cast-layout.ts';
import { paintHandset } from './handset.ts';
import {
  applyPose,
  facePixels,
  givePictures,
  newPerson,
  paintFace,
  type Person,
} from './stage-person.ts';
import { HEIGHT, type StageSize } from './stage-size.ts';
import type { StageOptions } from './stage.ts';

/** Phaser draws the place and the people in it; it is told what to show and decides nothing. */
export class EncounterScene extends Phaser.Scene {
  private backdrop?: BackdropLayer;
  private readonly people = new Map<string, Person>();
  private readonly plan: LifePlan;
  private cast: Cast;
  /** Waking spells so far: each one's idle moments are seeded by it. */
  private spell = 0;
  /** Scene time when this spell's first frame ran; unset until then. */
  private wokeAt: number | undefined;
  private blinks = 0;
  private gestures = 0;
  /** Fades in and out finished so far; people who came and went at a cut are not counted. */
  private entrances = 0;
  private exits = 0;
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

  /** Someone arrives: they fade in where the layout puts them (their face, not their place). */
  private enter(person: Person): void {
    if (!this.fades()) return;
    person.body.setAlpha(0);
    this.tweens.add({
      targets: person.body,
      alpha: 1,
      duration: 260,
      ease: 'Sine.easeOut',
      onComplete: () => {
        this.entrances++;
        this.report();
      },
    });
  }

  /** Someone goes: they fade as they step down out of the picture, or vanish under reduced motion. */
  private leave(person: Person): void {
    if (!this.fades()) {
      person.container.destroy();
      return;
    }
    this.tweens.add({
      targets: person.container,
      alpha: 0,
      y: person.container.y + 24,
      duration: 220,
      ease: 'Sine.easeIn',
      onComplete: () => {
        person.container.destroy();
        this.exits++;
        this.report();
      },
    });
  }

  /**
   * Idle life: each person's pose for this moment of the spell, as core's plan says; at the end
   * of the spell everyone comes to rest and the loop sleeps after drawing that frame.
   */
  override update(time: number): void {
    this.wokeAt ??= time;
    const t = time - this.wokeAt;
    const resting = t >= this.plan.awakeMs;
    let moved = false;
    for (const person of this.people.values()) {
      const pose = resting ? REST : this.advance(person, t);
      const key = poseKey(pose, facePixels(person, this.size.zoom));
      if (key === person.drawnKey) continue;
      applyPose(person, pose);
      person.drawnKey = key;
      moved = true;
    }
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

  private advance(person: Person, t: number): Person['pose'] {
    for (; person.next < person.moments.length; person.next++) {
      const moment = person.moments[person.next];
      if (!moment || moment.at > t) break;
      if (moment.kind === 'blink') this.blinks++;
      else this.gestures++;
      this.report();
    }
    return poseAt(person.pose, this.plan, person.moments, t, person.breathMs, person.startledAt);
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
      if (person) this.place(person, place, animate);
    }
    // Says who is drawn, and how, for tests and anyone inspecting the page.
    this.options.parent.dataset.drawn = placed
      .map((p) => (p.remote ? `${p.name} (${p.remote})` : p.name))
      .join(', ');
    this.wake();
  }

  private place(person: Person, at: Placement, animate: boolean): void {
    const { container } = person;
    if (at.remote && !person.handset) {
      person.handset = this.add.graphics();
      container.addAt(person.handset, 0);
    }
    if (person.handset && at.remote) {
      paintHandset(person.handset, at.remote);
      paintFace(person, at.name, this.moodOf(at.name));
    } else if (person.handset) {
      // Off the phone and into the room.
      person.handset.destroy();
      delete person.handset;
      paintFace(person, at.name, this.moodOf(at.name));
    }
    container.setAlpha(at.alpha).setScale(at.scale);
    const fresh = container.x === 0 && container.y === 0;
    if (!animate || fresh || !this.plan.gestures) container.setPosition(at.x, at.y);
    else
      this.tweens.add({
        targets: container,
        x: at.x,
        y: at.y,
        duration: 260,
        ease: 'Sine.easeInOut',
      });
  }

  /** Something changed: a new spell of life begins, and frames are drawn until it ends. */
  private wake(): void {
    this.changed = true;
    // Changes before the spell's first frame (a line's speaker and mood together) are one spell.
    if (this.wokeAt !== undefined) {
      this.spell++;
      this.wokeAt = undefined;
      for (const person of this.people.values()) delete person.startledAt;
    }
    for (const [name, person] of this.people) {
      person.moments = lifeMoments(this.plan, name, this.spell, this.cast.speaking === name);
      person.next = 0;
    }
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
    const { dataset } = this.options.parent;
    dataset.loop = this.game.loop.running ? 'awake' : 'asleep';
    dataset.frames = String(this.game.loop.frame);
    dataset.blinks = String(this.blinks);
    dataset.gestures = String(this.gestures);
    dataset.entrances = String(this.entrances);
    dataset.exits = String(this.exits);
  }
}
