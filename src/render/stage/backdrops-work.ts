import { desk, floor, shelves, wall, windowPane, type Painter } from './painting.ts';

export const homeOffice: Painter = (g, w, h) => {
  wall(g, w, h, 0xd6e4dc);
  windowPane(g, 50, h * 0.14, 200, 140, 0x1c2541);
  g.fillStyle(0xf7f3c6).fillCircle(200, h * 0.2, 10);
  shelves(g, w - 220, h * 0.12, 180, h * 0.42);
  floor(g, w, h, 0x9c7b5b);
  desk(g, 40, h * 0.7, 260);
};

export const clinicReception: Painter = (g, w, h) => {
  wall(g, w, h, 0xe8f4f2);
  g.fillStyle(0x16a085).fillRect(0, h * 0.58, w, 10);
  g.fillStyle(0x1abc9c).fillRect(w * 0.06, h * 0.1, 60, 60);
  g.fillStyle(0xffffff)
    .fillRect(w * 0.06 + 24, h * 0.1 + 10, 12, 40)
    .fillRect(w * 0.06 + 10, h * 0.1 + 24, 40, 12);
  for (let i = 0; i < 4; i++)
    g.fillStyle(0x5d6d7e).fillRoundedRect(w - 300 + i * 66, h * 0.55, 56, 50, 8);
  floor(g, w, h, 0xcfd8dc);
  desk(g, 30, h * 0.7, 240);
};

export const callCentre: Painter = (g, w, h) => {
  wall(g, w, h, 0xdfe6ee);
  g.fillStyle(0x2c3e50).fillRect(w * 0.35, h * 0.06, w * 0.3, 50);
  g.fillStyle(0xe74c3c).fillRect(w * 0.35 + 14, h * 0.06 + 14, 60, 22);
  g.fillStyle(0x2ecc71).fillRect(w * 0.35 + 90, h * 0.06 + 14, 90, 22);
  for (let x = 20; x < w; x += 270) {
    g.fillStyle(0x95a5a6)
      .fillRect(x, h * 0.32, 8, h * 0.36)
      .fillRect(x + 230, h * 0.32, 8, h * 0.36);
    desk(g, x, h * 0.68, 238);
  }
  floor(g, w, h, 0x7f8c8d, 0.85);
};

export const office: Painter = (g, w, h) => {
  wall(g, w, h, 0xf0efe9);
  windowPane(g, w * 0.36, h * 0.1, 220, 130, 0xa9cce3);
  g.fillStyle(0x27ae60).fillCircle(60, h * 0.52, 34);
  g.fillStyle(0x8d6e63).fillRect(44, h * 0.56, 32, 40);
  floor(g, w, h, 0xbcaaa4);
  desk(g, w - 300, h * 0.68, 260);
};

export const salesOffice: Painter = (g, w, h) => {
  wall(g, w, h, 0xe3e8f0);
  g.fillStyle(0x1f3a5f).fillRect(40, h * 0.12, 240, 130);
  g.fillStyle(0xffffff)
    .fillRect(56, h * 0.12 + 20, 120, 8)
    .fillRect(56, h * 0.12 + 40, 170, 8);
  g.fillStyle(0xf39c12)
    .fillRect(60, h * 0.12 + 100, 30, 20)
    .fillRect(100, h * 0.12 + 80, 30, 40);
  g.fillStyle(0x27ae60).fillRect(140, h * 0.12 + 60, 30, 60);
  windowPane(g, w - 240, h * 0.12, 190, 130, 0x85c1e9);
  floor(g, w, h, 0x8395a7);
  desk(g, w - 320, h * 0.7, 260);
};
