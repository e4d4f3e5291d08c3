import * as Phaser from 'phaser';
import { EncounterScene } from './encounter-scene.ts';
import { stageSize } from './stage-size.ts';
import type { Stage, StageOptions } from './stage.ts';

const sizeOf = (box: HTMLElement) =>
  stageSize(box.clientWidth, box.clientHeight, window.devicePixelRatio || 1);

/** Phaser draws the place and the people in it; it is told what to show and decides nothing. */
export function createPhaserStage(options: StageOptions): Stage {
  const size = sizeOf(options.parent);
  const scene = new EncounterScene(options.scene, options.mood, size, options);
  const game = new Phaser.Game({
    // Flat shapes and a few images: the canvas renderer draws them as well as WebGL and starts far
    // faster on devices where WebGL is emulated in software.
    type: Phaser.CANVAS,
    parent: options.parent,
    width: size.pixelWidth,
    height: size.pixelHeight,
    backgroundColor: '#e6e9ee',
    // The backdrop covers the whole canvas, and a frame in which nothing visibly moved is skipped
    // (see EncounterScene): a cleared canvas would then stay blank.
    clearBeforeRender: false,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      // Phaser would measure its box every 0.5 s inside an animation frame, forcing the page's
      // style and layout there (the typed line and the transcript change them between frames);
      // the ResizeObserver below tells it of every change of size instead.
      resizeInterval: Number.MAX_SAFE_INTEGER,
    },
    scene,
  });
  // Text size or a rotated phone can change the stage's box without a window resize.
  const resized = new ResizeObserver(() => {
    if (scene.sys?.isActive()) scene.fit(sizeOf(options.parent));
    // Phaser fits the canvas to the box size it measured last: measure it now.
    game.scale.getParentBounds();
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
