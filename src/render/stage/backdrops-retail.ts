import { counter, floor, shelves, wall, windowPane, type Painter } from './painting.ts';

export const storeCheckout: Painter = (g, w, h) => {
  wall(g, w, h, 0xeef1e6);
  g.fillStyle(0xc0392b).fillRect(0, h * 0.08, w, 26);
  shelves(g, 30, h * 0.22, 220, h * 0.4);
  shelves(g, w - 250, h * 0.22, 220, h * 0.4);
  floor(g, w, h, 0xcfd3c8);
  counter(g, w, h, 0x4d5656, 0x95a5a6);
  g.fillStyle(0x2c3e50).fillRect(w * 0.74, h * 0.5, 70, 50);
  g.fillStyle(0x27ae60).fillRect(w * 0.74 + 8, h * 0.5 + 8, 54, 22);
};

export const selfCheckout: Painter = (g, w, h) => {
  wall(g, w, h, 0xe9eef3);
  floor(g, w, h, 0xc8ced6, 0.72);
  for (let i = 0; i < 4; i++) {
    const x = 40 + i * 200;
    g.fillStyle(0xbdc3c7).fillRect(x, h * 0.4, 120, h * 0.32);
    g.fillStyle(0x2c3e50).fillRect(x + 30, h * 0.18, 60, 70);
    g.fillStyle(i % 2 === 0 ? 0xe74c3c : 0x3498db).fillRect(x + 36, h * 0.18 + 6, 48, 40);
    g.fillStyle(i % 2 === 0 ? 0xe74c3c : 0x2ecc71).fillCircle(x + 60, h * 0.12, 9);
  }
};

export const carPark: Painter = (g, w, h) => {
  g.fillStyle(0x9cc3e6).fillRect(0, 0, w, h * 0.45);
  g.fillStyle(0x7f8c8d).fillRect(0, h * 0.2, w * 0.35, h * 0.25);
  g.fillStyle(0xc0392b).fillRect(0, h * 0.2, w * 0.35, 14);
  g.fillStyle(0x555b61).fillRect(0, h * 0.45, w, h * 0.55);
  for (let x = 20; x < w; x += 150) g.fillStyle(0xf1f1f1).fillRect(x, h * 0.6, 8, h * 0.3);
  g.fillStyle(0x2e86c1).fillRoundedRect(w * 0.68, h * 0.5, 180, 70, 18);
  g.fillStyle(0x1b2631)
    .fillCircle(w * 0.68 + 40, h * 0.5 + 72, 18)
    .fillCircle(w * 0.68 + 140, h * 0.5 + 72, 18);
};

export const returnsDesk: Painter = (g, w, h) => {
  wall(g, w, h, 0xf3ecdf);
  g.fillStyle(0x34495e).fillRect(w * 0.3, h * 0.08, w * 0.4, 34);
  g.fillStyle(0xffffff).fillRect(w * 0.3 + 12, h * 0.08 + 13, w * 0.4 - 24, 8);
  for (let i = 0; i < 5; i++)
    g.fillStyle(0xc49a6c).fillRect(30 + i * 52, h * 0.5 - (i % 2) * 40, 46, 40 + (i % 2) * 40);
  windowPane(g, w - 230, h * 0.2, 180, 120, 0xbfd9ee);
  floor(g, w, h, 0xb9a88f);
  counter(g, w, h, 0x6e5843, 0xa38566);
};

export const restaurantFloor: Painter = (g, w, h) => {
  wall(g, w, h, 0x5b3a29);
  for (let x = 70; x < w; x += 220) g.fillStyle(0xffd27f, 0.9).fillCircle(x, h * 0.14, 14);
  windowPane(g, 40, h * 0.22, 160, 110, 0x1f2f4a);
  floor(g, w, h, 0x8e5b3a, 0.7);
  for (const x of [w * 0.15, w * 0.85]) {
    g.fillStyle(0xf5f0e6).fillEllipse(x, h * 0.72, 150, 40);
    g.fillStyle(0xe74c3c).fillCircle(x, h * 0.69, 6);
  }
};
