import { counter, floor, wall, windowPane, type Painter } from './painting.ts';

/** The second wave's counters: places where the customer and the learner stand face to face. */

export const fashionCounter: Painter = (g, w, h) => {
  wall(g, w, h, 0xf6ece9);
  g.fillStyle(0x2d2d2d).fillRect(0, h * 0.06, w, 22);
  // A clothes rail with hanging dresses behind the till.
  g.fillStyle(0x9e9e9e).fillRect(40, h * 0.16, 300, 5);
  const dresses = [0x2e7d4f, 0xc2185b, 0x283593, 0xf9a825, 0x6d4c41, 0x00838f];
  dresses.forEach((colour, i) =>
    g
      .fillStyle(colour)
      .fillTriangle(60 + i * 48, h * 0.17, 40 + i * 48, h * 0.5, 80 + i * 48, h * 0.5),
  );
  windowPane(g, w - 260, h * 0.12, 200, 150, 0xcfe8f7);
  floor(g, w, h, 0xd7ccc8);
  counter(g, w, h, 0xe0e0e0, 0x424242);
  g.fillStyle(0xf5f5f5).fillRect(w * 0.62, h * 0.52, 80, 52);
  g.fillStyle(0x2e7d4f).fillRect(w * 0.62 + 8, h * 0.52 + 8, 64, 24);
};

export const ticketOffice: Painter = (g, w, h) => {
  wall(g, w, h, 0xe4e9ef);
  // The departures board, two services in red.
  g.fillStyle(0x1b1f24).fillRect(w * 0.3, h * 0.06, w * 0.4, 90);
  for (let row = 0; row < 4; row++)
    g.fillStyle(row < 2 ? 0xe53935 : 0xffb300).fillRect(
      w * 0.3 + 14,
      h * 0.06 + 12 + row * 19,
      w * 0.4 - 28,
      9,
    );
  // Glazed ticket windows.
  for (let i = 0; i < 3; i++) {
    g.fillStyle(0x90a4ae).fillRect(40 + i * 150, h * 0.3, 130, h * 0.34);
    g.fillStyle(0xcfe3ee, 0.8).fillRect(50 + i * 150, h * 0.34, 110, h * 0.22);
  }
  floor(g, w, h, 0x78909c);
  counter(g, w, h, 0x546e7a, 0x37474f);
};
