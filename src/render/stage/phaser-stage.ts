import * as Phaser from 'phaser';
import type { Mood } from '../../core/moods.ts';
import { appearanceOf } from './appearance.ts';
import { paintBackdrop } from './backdrops.ts';
import type { FaceImages } from './face-images.ts';
import { paintPortrait } from './portrait.ts';
import type { Stage, StageOptions } from './stage.ts';

/** The picture is always 450 units tall; its width follows the box it fills, so nothing letterboxes. */
const HEIGHT = 450;
const widthFor = (box: HTMLElement) =>
  box.clientHeight > 0
    ? Math.max(450, Math.min(1800, Math.round((HEIGHT * box.clientWidth) / box.clientHeight)))
    : 800;
const FACE_SIZE = 300;

const faceKey = (mood: Mood) => `face-${mood}`;

class EncounterScene extends Phaser.Scene {
  private backdrop?: Phaser.GameObjects.Graphics;
  private drawnFace?: Phaser.GameObjects.Graphics;
  private portrait?: Phaser.GameObjects.Image;
  private person?: Phaser.GameObjects.Container;
  private restTimer?: Phaser.Time.TimerEvent;
  private width: number;

  constructor(
    private sceneId: string,
    private mood: Mood,
    private readonly options: StageOptions,
    private readonly faces: Promise<FaceImages | undefined>,
  ) {
    super('EncounterScene');
    this.width = widthFor(options.parent);
  }

  /** The box changed shape (text size, rotation, window): repaint to its new width. */
  fit(width: number): void {
    if (width === this.width || !this.sys.isActive()) return;
    this.width = width;
    this.game.loop.wake();
    this.scale.setGameSize(width, HEIGHT);
    if (this.backdrop) paintBackdrop(this.backdrop, this.sceneId, width, HEIGHT);
    this.person?.setX(width / 2);
    this.restSoon();
  }

  create(): void {
    this.backdrop = this.add.graphics();
    paintBackdrop(this.backdrop, this.sceneId, this.width, HEIGHT);
    void this.faces.then((images) => this.addPerson(images));
    this.restSoon();
  }

  /** The person joins the place once their faces are in, or drawn by hand if there are none. */
  private addPerson(images: FaceImages | undefined): void {
    if (!this.sys.isActive()) return;
    if (images) {
      for (const [mood, image] of images) this.textures.addImage(faceKey(mood), image);
      this.portrait = this.add.image(0, 0, faceKey(this.mood));
      this.person = this.add.container(this.width / 2, HEIGHT - FACE_SIZE / 2, [this.portrait]);
    } else {
      this.drawnFace = this.add.graphics();
      this.person = this.add.container(this.width / 2, HEIGHT - 190, [this.drawnFace]);
    }
    // Says which face is showing, for tests and anyone inspecting the page.
    this.options.parent.dataset.portrait = images ? 'picture' : 'drawn';
    this.game.loop.wake();
    this.paintFace();
    this.restSoon();
  }

  showScene(id: string): void {
    if (id === this.sceneId) return;
    this.sceneId = id;
    this.game.loop.wake();
    if (this.backdrop) paintBackdrop(this.backdrop, id, this.width, HEIGHT);
    this.restSoon();
  }

  showMood(mood: Mood): void {
    if (mood === this.mood) return;
    this.mood = mood;
    this.game.loop.wake();
    this.paintFace();
    if (this.person && !this.options.reducedMotion) {
      this.tweens.add({
        targets: this.person,
        scaleX: 1.04,
        scaleY: 1.04,
        duration: 140,
        yoyo: true,
        ease: 'Sine.easeOut',
      });
    }
    this.restSoon();
  }

  private paintFace(): void {
    if (this.portrait) this.portrait.setTexture(faceKey(this.mood));
    if (this.drawnFace)
      paintPortrait(this.drawnFace, appearanceOf(this.options.customer), this.mood);
  }

  /**
   * The picture is still between changes, so the render loop sleeps: no frames are drawn while the
   * learner reads, which keeps the main thread free on slow phones.
   */
  private restSoon(): void {
    this.restTimer?.remove();
    this.restTimer = this.time.delayedCall(400, () => this.game.loop.sleep());
  }
}

/** Phaser draws the place and the customer; it is told what to show and decides nothing. */
export function createPhaserStage(options: StageOptions): Stage {
  const faces = options.faces.faces(options.customer);
  const scene = new EncounterScene(options.scene, options.mood, options, faces);
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
    destroy: () => {
      destroyed = true;
      resized.disconnect();
      game.destroy(true);
    },
  };
}
