import * as Phaser from 'phaser';
import type { Mood } from '../../core/moods.ts';
import { openingCast, type Cast } from '../../core/presence.ts';
import { appearanceOf } from './appearance.ts';
import { paintBackdrop } from './backdrops.ts';
import { placeCast, type Placement } from './cast-layout.ts';
import type { FaceImages } from './face-images.ts';
import { paintHandset } from './handset.ts';
import { paintPortrait } from './portrait.ts';
import type { Stage, StageOptions } from './stage.ts';

/** The picture is always 450 units tall; its width follows the box it fills, so nothing letterboxes. */
const HEIGHT = 450;
const FACE_SIZE = 300;
/** How long people keep breathing after something changes, before the loop sleeps again. */
const IDLE_MS = 8000;
/** How long a face takes to start and settle when the customer's mood changes. */
const START_MS = 280;
const widthFor = (box: HTMLElement) =>
  box.clientHeight > 0
    ? Math.max(450, Math.min(1800, Math.round((HEIGHT * box.clientWidth) / box.clientHeight)))
    : 800;

interface Person {
  /** Where the person stands and how large: set by the layout. */
  container: Phaser.GameObjects.Container;
  /** The face alone, which breathes and starts at news; the handset behind it stays still. */
  body: Phaser.GameObjects.Container;
  face: Phaser.GameObjects.Image | Phaser.GameObjects.Graphics;
  handset?: Phaser.GameObjects.Graphics;
  faces: FaceImages | undefined;
  /** Each person breathes at their own pace, so a room never pulses in step. */
  breathMs: number;
  /** When the last start (a change of mood) began, in scene time. */
  startledAt?: number;
}

class EncounterScene extends Phaser.Scene {
  private backdrop?: Phaser.GameObjects.Graphics;
  private readonly people = new Map<string, Person>();
  private restTimer?: Phaser.Time.TimerEvent;
  private width: number;
  private cast: Cast;

  constructor(
    private sceneId: string,
    private mood: Mood,
    private readonly options: StageOptions,
  ) {
    super('EncounterScene');
    this.width = widthFor(options.parent);
    this.cast = options.cast ?? openingCast(options.customer);
  }

  create(): void {
    this.backdrop = this.add.graphics();
    paintBackdrop(this.backdrop, this.sceneId, this.width, HEIGHT);
    this.showCast(this.cast);
  }

  /** The box changed shape (text size, rotation, window): repaint to its new width. */
  fit(width: number): void {
    if (width === this.width || !this.sys.isActive()) return;
    this.width = width;
    this.scale.setGameSize(width, HEIGHT);
    if (this.backdrop) paintBackdrop(this.backdrop, this.sceneId, width, HEIGHT);
    this.layout(false);
  }

  showScene(id: string): void {
    if (id === this.sceneId) return;
    this.sceneId = id;
    const repaint = () => this.backdrop && paintBackdrop(this.backdrop, id, this.width, HEIGHT);
    if (this.options.reducedMotion) repaint();
    else {
      // A short fade marks the move to another place.
      this.cameras.main.fadeOut(160, 20, 26, 38);
      this.cameras.main.once(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => {
        repaint();
        this.cameras.main.fadeIn(220, 20, 26, 38);
      });
    }
    this.wake();
  }

  showMood(mood: Mood): void {
    if (mood === this.mood) return;
    this.mood = mood;
    const person = this.people.get(this.options.customer);
    if (person) {
      this.paintFace(this.options.customer, person);
      person.startledAt = this.time.now;
    }
    this.wake();
  }

  /**
   * Idle life, computed from the clock rather than by tweens so breathing, a start at news and
   * the layout never fight over the same scale. Nothing moves under reduced motion.
   */
  override update(time: number): void {
    if (this.options.reducedMotion) return;
    for (const person of this.people.values()) {
      const breath = 1 + 0.015 * Math.sin((time / person.breathMs) * Math.PI * 2);
      const since = person.startledAt === undefined ? Infinity : time - person.startledAt;
      const start = since < START_MS ? 1 + 0.04 * Math.sin((since / START_MS) * Math.PI) : 1;
      person.body.setScale(start, start * breath);
    }
  }

  showCast(cast: Cast): void {
    this.cast = cast;
    const wanted = new Set([...cast.present, ...(cast.remote ? [cast.remote.name] : [])]);
    for (const [name, person] of this.people) {
      if (wanted.has(name)) continue;
      person.container.destroy();
      this.people.delete(name);
    }
    for (const name of wanted) if (!this.people.has(name)) this.addPerson(name);
    this.layout(true);
  }

  /** Someone joins: drawn by hand at once, their picture swapped in when their faces arrive. */
  private addPerson(name: string): void {
    const face = this.add.graphics();
    const body = this.add.container(0, 0, [face]);
    const person: Person = {
      container: this.add.container(0, 0, [body]),
      body,
      face,
      faces: undefined,
      breathMs: 3400 + Math.random() * 1000,
    };
    this.people.set(name, person);
    this.paintFace(name, person);
    void this.options.faces.faces(name).then((images) => {
      if (!this.sys.isActive() || this.people.get(name) !== person || !images) {
        if (name === this.options.customer && this.sys.isActive() && !images)
          this.options.parent.dataset.portrait = 'drawn';
        return;
      }
      for (const [mood, image] of images) {
        const key = `face-${name}-${mood}`;
        if (!this.textures.exists(key)) this.textures.addImage(key, image);
      }
      person.faces = images;
      person.face.destroy();
      person.face = this.add.image(0, 0, `face-${name}-calm`);
      person.body.add(person.face);
      // Says which face is showing, for tests and anyone inspecting the page.
      if (name === this.options.customer) this.options.parent.dataset.portrait = 'picture';
      this.paintFace(name, person);
      this.layout(false);
    });
  }

  private paintFace(name: string, person: Person): void {
    const mood = name === this.options.customer ? this.mood : 'calm';
    // On a handset or screen the face fits inside it.
    const size = person.handset ? FACE_SIZE * 0.7 : FACE_SIZE;
    if (person.face instanceof Phaser.GameObjects.Image) {
      person.face.setTexture(`face-${name}-${mood}`);
      person.face.setDisplaySize(size, size);
    } else {
      paintPortrait(person.face, appearanceOf(name), mood);
      person.face.setScale(size / FACE_SIZE);
    }
    this.wake();
  }

  private layout(animate: boolean): void {
    const placed = placeCast(this.cast, this.width, HEIGHT);
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
      this.paintFace(at.name, person);
    } else if (person.handset) {
      // Off the phone and into the room.
      person.handset.destroy();
      delete person.handset;
      this.paintFace(at.name, person);
    }
    container.setAlpha(at.alpha).setScale(at.scale);
    const fresh = container.x === 0 && container.y === 0;
    if (!animate || fresh || this.options.reducedMotion) container.setPosition(at.x, at.y);
    else
      this.tweens.add({
        targets: container,
        x: at.x,
        y: at.y,
        duration: 260,
        ease: 'Sine.easeInOut',
      });
  }

  /**
   * Frames are drawn only for a while after a change; then the loop sleeps while the learner
   * reads, which keeps the main thread free on slow phones.
   */
  private wake(): void {
    this.game.loop.wake();
    this.restTimer?.remove();
    const rest = this.options.reducedMotion ? 400 : IDLE_MS;
    this.restTimer = this.time.delayedCall(rest, () => this.game.loop.sleep());
  }
}

/** Phaser draws the place and the people in it; it is told what to show and decides nothing. */
export function createPhaserStage(options: StageOptions): Stage {
  const scene = new EncounterScene(options.scene, options.mood, options);
  const game = new Phaser.Game({
    // Flat shapes and a few images: the canvas renderer draws them as well as WebGL and starts far
    // faster on devices where WebGL is emulated in software.
    type: Phaser.CANVAS,
    parent: options.parent,
    width: widthFor(options.parent),
    height: HEIGHT,
    backgroundColor: '#e6e9ee',
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene,
  });
  // Text size or a rotated phone can change the stage's box without a window resize.
  const resized = new ResizeObserver(() => {
    if (scene.sys?.isActive()) scene.fit(widthFor(options.parent));
    game.scale.refresh();
  });
  resized.observe(options.parent);
  let destroyed = false;
  const whenReady = (fn: () => void) => {
    if (destroyed) return;
    if (scene.sys?.isActive()) fn();
    // Before the game boots, the scene has no event emitter yet: a learner who chooses fast on a
    // slow device would otherwise throw here and the encounter would stop.
    else if (!scene.events) game.events.once(Phaser.Core.Events.READY, () => whenReady(fn));
    else scene.events.once(Phaser.Scenes.Events.CREATE, () => setTimeout(fn, 0));
  };
  return {
    setScene: (id) => whenReady(() => scene.showScene(id)),
    setMood: (mood) => whenReady(() => scene.showMood(mood)),
    setCast: (cast) => whenReady(() => scene.showCast(cast)),
    destroy: () => {
      destroyed = true;
      resized.disconnect();
      game.destroy(true);
    },
  };
}
