import type * as Phaser from 'phaser';

export type Painter = (g: Phaser.GameObjects.Graphics, w: number, h: number) => void;

/** Shared strokes for backdrops, so every scene keeps one flat, consistent style. */
export const wall = (g: Phaser.GameObjects.Graphics, w: number, h: number, colour: number) =>
  g.fillStyle(colour).fillRect(0, 0, w, h);

export const floor = (
  g: Phaser.GameObjects.Graphics,
  w: number,
  h: number,
  colour: number,
  from = 0.76,
) => g.fillStyle(colour).fillRect(0, h * from, w, h * (1 - from));

export const windowPane = (
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
  sky: number,
) => {
  g.fillStyle(0xf4f4f4).fillRect(x - 6, y - 6, w + 12, h + 12);
  g.fillStyle(sky).fillRect(x, y, w, h);
  g.fillStyle(0xf4f4f4).fillRect(x + w / 2 - 3, y, 6, h);
};

export const shelves = (
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
) => {
  g.fillStyle(0x8a6e4b).fillRect(x, y, w, h);
  const colours = [0xd9534f, 0x5bc0de, 0xf0ad4e, 0x5cb85c, 0x9b59b6];
  for (let row = 0; row < 3; row++) {
    const ry = y + 10 + row * (h / 3);
    g.fillStyle(0x6b5236).fillRect(x, ry + h / 3 - 14, w, 4);
    for (let i = 0; i < Math.floor(w / 22); i++) {
      g.fillStyle(colours[(i + row) % colours.length] ?? 0x999999).fillRect(
        x + 6 + i * 22,
        ry,
        16,
        h / 3 - 18,
      );
    }
  }
};

export const desk = (
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  screen = true,
) => {
  g.fillStyle(0x7d5a3c).fillRect(x, y, w, 14);
  g.fillStyle(0x5e432c)
    .fillRect(x + 10, y + 14, 10, 60)
    .fillRect(x + w - 20, y + 14, 10, 60);
  if (screen) {
    g.fillStyle(0x2b2f36).fillRect(x + w / 2 - 45, y - 62, 90, 56);
    g.fillStyle(0x6fa8dc).fillRect(x + w / 2 - 40, y - 57, 80, 46);
    g.fillStyle(0x2b2f36).fillRect(x + w / 2 - 6, y - 6, 12, 6);
  }
};

export const counter = (
  g: Phaser.GameObjects.Graphics,
  w: number,
  h: number,
  top: number,
  front: number,
) => {
  g.fillStyle(front).fillRect(0, h * 0.66, w, h * 0.34);
  g.fillStyle(top).fillRect(0, h * 0.64, w, h * 0.04);
};
