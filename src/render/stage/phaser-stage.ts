import * as Phaser from 'phaser';
import type { Mood } from '../../core/moods.ts';
import { appearanceOf, type Appearance } from './appearance.ts';
import { paintBackdrop } from './backdrops.ts';
import { paintPortrait } from './portrait.ts';
import type { Stage, StageOptions } from './stage.ts';

const WIDTH = 800;
const HEIGHT = 450;

class EncounterScene extends Phaser.Scene {
  private backdrop?: Phaser.GameObjects.Graphics;
  private face?: Phaser.GameObjects.Graphics;
  private person?: Phaser.GameObjects.Container;
  private restTimer?: Phaser.Time.TimerEvent;

  constructor(
    private sceneId: string,
    private mood: Mood,
    private readonly look: Appearance,
    private readonly reducedMotion: boolean,
  ) {
    super('EncounterScene');
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.face = this.add.graphics();
    this.person = this.add.container(WIDTH / 2, HEIGHT - 190, [this.face]);
    this.draw();
  }

  showScene(id: string): void {
    this.sceneId = id;
    if (this.backdrop) paintBackdrop(this.backdrop, id, WIDTH, HEIGHT);
  }

  showMood(mood: Mood): void {
    if (mood === this.mood) return;
    this.mood = mood;
    if (this.face) paintPortrait(this.face, this.look, mood);
    if (this.person && !this.reducedMotion) {
      this.tweens.add({
        targets: this.person,
        scaleX: 1.04,
        scaleY: 1.04,
        duration: 140,
        yoyo: true,
        ease: 'Sine.easeOut',
      });
    }
  }

  private draw(): void {
    if (this.backdrop) paintBackdrop(this.backdrop, this.sceneId, WIDTH, HEIGHT);
    if (this.face) paintPortrait(this.face, this.look, this.mood);
  }
}

/** Phaser draws the place and the customer; it is told what to show and decides nothing. */
export function createPhaserStage(options: StageOptions): Stage {
  const scene = new EncounterScene(
    options.scene,
    options.mood,
    appearanceOf(options.customer),
    options.reducedMotion,
  );
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: options.parent,
    width: WIDTH,
    height: HEIGHT,
    backgroundColor: '#e6e9ee',
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene,
  });
  let destroyed = false;
  const whenReady = (fn: () => void) => {
    if (destroyed) return;
    if (scene.sys?.isActive()) fn();
    else game.events.once(Phaser.Core.Events.READY, () => setTimeout(fn, 0));
  };
  return {
    setScene: (id) => whenReady(() => scene.showScene(id)),
    setMood: (mood) => whenReady(() => scene.showMood(mood)),
    destroy: () => {
      destroyed = true;
      game.destroy(true);
    },
  };
}
