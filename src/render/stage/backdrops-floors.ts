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
