import type * as Phaser from 'phaser';
import { paintBackdrop } from './backdrops.ts';
import { HEIGHT, type StageSize } from './stage-size.ts';

const KEY = 'backdrop';

/**
 * The place, painted once into a picture at the canvas's own resolution. A Graphics object is
 * re-drawn shape by shape on every frame by the canvas renderer; a backdrop of shelves and
 * windows is dozens of shapes that never move, so each frame now copies one image instead.
 */
export class BackdropLayer {
  private readonly painter: Phaser.GameObjects.Graphics;
  private readonly image: Phaser.GameObjects.Image;

  constructor(private readonly scene: Phaser.Scene) {
    this.painter = scene.make.graphics({}, false);
    this.image = scene.add.image(0, 0, '__DEFAULT').setOrigin(0, 0);
  }

  paint(sceneId: string, size: StageSize): void {
    const { textures } = this.scene;
    this.painter.clear().setScale(size.zoom);
    paintBackdrop(this.painter, sceneId, size.width, HEIGHT);
    this.image.setTexture('__DEFAULT');
    if (textures.exists(KEY)) textures.remove(KEY);
    this.painter.generateTexture(KEY, size.pixelWidth, size.pixelHeight);
    this.image.setTexture(KEY).setScale(1 / size.zoom);
  }
}
