import { desk, floor, wall, windowPane, type Painter } from './painting.ts';

/** The second wave's back-office floors: where the learner serves colleagues or screens. */

export const teamFloor: Painter = (g, w, h) => {
  wall(g, w, h, 0xe8eaf0);
  windowPane(g, 40, h * 0.1, 180, 110, 0xb3d4ea);
  // A wall screen with the live queue: eleven calls waiting.
  g.fillStyle(0x263238).fillRect(w * 0.42, h * 0.08, 200, 80);
  g.fillStyle(0xffca28).fillRect(w * 0.42 + 12, h * 0.08 + 14, 90, 22);
  g.fillStyle(0xef5350).fillRect(w * 0.42 + 12, h * 0.08 + 46, 150, 12);
  // Low partitions between pods, and the quiet room's door at the side.
  g.fillStyle(0x7986cb).fillRect(0, h * 0.5, w, 18);
  g.fillStyle(0x5c6bc0).fillRect(w - 120, h * 0.18, 90, h * 0.5);
  g.fillStyle(0xffffff).fillCircle(w - 44, h * 0.44, 5);
  floor(g, w, h, 0x90a4ae);
  desk(g, 30, h * 0.7, 240);
  desk(g, w * 0.45, h * 0.7, 240);
};

export const chatDesk: Painter = (g, w, h) => {
  wall(g, w, h, 0xe3e7ec);
  // The adviser's wide monitor fills the view: the customer's face sits in the middle, where the
  // chat tool shows the open chat's picture, with the other two chats as tabs along the top.
  g.fillStyle(0x1f2329).fillRoundedRect(w * 0.08, h * 0.04, w * 0.84, h * 0.9, 14);
  g.fillStyle(0xf5f7fa).fillRect(w * 0.1, h * 0.07, w * 0.8, h * 0.84);
  const tab = (w * 0.8) / 3;
  [0x90a4ae, 0xef5350, 0x1e88e5].forEach((colour, i) => {
    g.fillStyle(colour).fillRect(w * 0.1 + i * tab + 4, h * 0.07 + 4, tab - 8, 26);
  });
  // The outage banner, and chat bubbles either side of the open chat.
  g.fillStyle(0xffb300).fillRect(w * 0.1, h * 0.07 + 34, w * 0.8, 14);
  for (let i = 0; i < 3; i++) {
    g.fillStyle(0xdfe3e8).fillRoundedRect(w * 0.12, h * 0.3 + i * 62, w * 0.2, 40, 12);
    g.fillStyle(0xbbdefb).fillRoundedRect(w * 0.68, h * 0.36 + i * 62, w * 0.2, 40, 12);
  }
  // The desk edge and a headset at the bottom of the view.
  floor(g, w, h, 0x8d6e63, 0.94);
  g.fillStyle(0x37474f).fillCircle(w * 0.9, h * 0.9, 18);
};

export const phoneBanking: Painter = (g, w, h) => {
  wall(g, w, h, 0xe3ecea);
  // The poster every adviser sits under: we will never ask you to move your money.
  g.fillStyle(0x00796b).fillRect(40, h * 0.1, 150, 110);
  g.fillStyle(0xffffff)
    .fillRect(54, h * 0.1 + 18, 122, 10)
    .fillRect(54, h * 0.1 + 40, 100, 8)
    .fillRect(54, h * 0.1 + 58, 112, 8);
  // The queue board: eleven waiting, the longest in amber.
  g.fillStyle(0x212121).fillRect(w * 0.4, h * 0.08, 180, 70);
  g.fillStyle(0x66bb6a).fillRect(w * 0.4 + 12, h * 0.08 + 14, 60, 18);
  g.fillStyle(0xffa000).fillRect(w * 0.4 + 12, h * 0.08 + 42, 120, 12);
  floor(g, w, h, 0x8d9ea0);
  desk(g, w * 0.3, h * 0.7, 300);
  // The adviser's second screen, with the payment flagged for review.
  g.fillStyle(0x2b2f36).fillRect(w * 0.3 + 200, h * 0.7 - 56, 80, 50);
  g.fillStyle(0xe53935).fillRect(w * 0.3 + 206, h * 0.7 - 50, 68, 14);
  g.fillStyle(0x37474f).fillCircle(w * 0.3 + 40, h * 0.7 - 10, 12);
};
