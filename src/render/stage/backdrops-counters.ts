import { counter, floor, shelves, wall, windowPane, type Painter } from './painting.ts';

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

export const serviceDesk: Painter = (g, w, h) => {
  wall(g, w, h, 0xeceff1);
  // The glass wall onto the workshop: a van up on ramp three, its gearbox on a trolley below.
  g.fillStyle(0x90a4ae).fillRect(w * 0.3, h * 0.08, w * 0.62, h * 0.5);
  g.fillStyle(0xcfd8dc, 0.9).fillRect(w * 0.3 + 8, h * 0.08 + 8, w * 0.62 - 16, h * 0.5 - 16);
  g.fillStyle(0xffca28)
    .fillRect(w * 0.45, h * 0.46, 10, h * 0.1)
    .fillRect(w * 0.72, h * 0.46, 10, h * 0.1);
  g.fillStyle(0xfafafa).fillRoundedRect(w * 0.43, h * 0.22, w * 0.33, h * 0.2, 10);
  g.fillStyle(0x455a64).fillRect(w * 0.47, h * 0.3, w * 0.1, h * 0.07);
  g.fillStyle(0x263238)
    .fillCircle(w * 0.48, h * 0.43, 14)
    .fillCircle(w * 0.71, h * 0.43, 14);
  g.fillStyle(0x6d4c41).fillRect(w * 0.55, h * 0.5, 60, 22);
  // The key cabinet by the desk, one hook empty.
  g.fillStyle(0x5d4037).fillRect(40, h * 0.16, 120, 150);
  for (let i = 0; i < 8; i++)
    g.fillStyle(i === 5 ? 0x5d4037 : 0xbdbdbd).fillCircle(
      60 + (i % 4) * 26,
      h * 0.16 + 40 + Math.floor(i / 4) * 50,
      6,
    );
  floor(g, w, h, 0x9e9e9e);
  counter(g, w, h, 0x37474f, 0x546e7a);
};

export const councilReception: Painter = (g, w, h) => {
  wall(g, w, h, 0xeae6dc);
  // The lift, doors shut, with a sheet of A4 taped across them.
  g.fillStyle(0x9ea7ad).fillRect(60, h * 0.2, 150, h * 0.46);
  g.fillStyle(0x7f888e).fillRect(134, h * 0.2, 2, h * 0.46);
  g.fillStyle(0xffffff).fillRect(100, h * 0.32, 70, 50);
  g.fillStyle(0xd32f2f).fillRect(106, h * 0.32 + 10, 58, 8);
  g.fillStyle(0xc8a24a)
    .fillRect(96, h * 0.3, 10, 4)
    .fillRect(164, h * 0.3, 10, 4);
  // The stairs to the first floor, climbing away to the right.
  for (let step = 0; step < 7; step++)
    g.fillStyle(step % 2 ? 0xa1887f : 0x8d6e63).fillRect(
      w * 0.68 + step * 26,
      h * 0.66 - (step + 1) * 22,
      w,
      22,
    );
  g.fillStyle(0x5d4037).fillRect(w * 0.66, h * 0.2, 6, h * 0.46);
  // The glass entrance doors with the rain outside.
  windowPane(g, w * 0.4, h * 0.16, 150, h * 0.42, 0x9fb3c2);
  floor(g, w, h, 0xbcaaa4);
  counter(g, w, h, 0xd7ccc8, 0x00695c);
};

export const pharmacyCounter: Painter = (g, w, h) => {
  wall(g, w, h, 0xeef6f1);
  // The green cross, and the dispensary shelves behind the counter.
  g.fillStyle(0x2e7d32)
    .fillRect(w * 0.08 + 22, h * 0.08, 16, 60)
    .fillRect(w * 0.08, h * 0.08 + 22, 60, 16);
  shelves(g, w * 0.3, h * 0.08, w * 0.4, h * 0.4);
  // The language card taped by the till, each line a different script.
  g.fillStyle(0xffffff).fillRect(w - 200, h * 0.3, 120, 90);
  [0xe53935, 0x1e88e5, 0x43a047, 0xfdd835, 0x8e24aa].forEach((colour, i) =>
    g.fillStyle(colour).fillRect(w - 190, h * 0.3 + 10 + i * 15, 100, 8),
  );
  floor(g, w, h, 0xcfd8dc);
  counter(g, w, h, 0xffffff, 0x81c784);
};
