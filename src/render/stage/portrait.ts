import type * as Phaser from 'phaser';
import type { Mood } from '../../core/moods.ts';
import type { Appearance } from './appearance.ts';

interface Expression {
  /** Brow tilt: positive raises the inner ends (worry), negative lowers them (anger). */
  brow: number;
  browLift: number;
  /** Mouth curve: positive smiles, negative frowns. */
  mouth: number;
  eyes: 'open' | 'soft' | 'wide';
  flush: number;
}

const EXPRESSIONS: Record<Mood, Expression> = {
  calm: { brow: 0, browLift: 0, mouth: 0.25, eyes: 'open', flush: 0 },
  worried: { brow: 0.5, browLift: 4, mouth: -0.35, eyes: 'wide', flush: 0 },
  frustrated: { brow: -0.3, browLift: -2, mouth: -0.15, eyes: 'open', flush: 0.15 },
  angry: { brow: -0.7, browLift: -4, mouth: -0.6, eyes: 'open', flush: 0.35 },
  relieved: { brow: 0.15, browLift: 2, mouth: 0.5, eyes: 'soft', flush: 0 },
  delighted: { brow: 0.1, browLift: 5, mouth: 0.9, eyes: 'soft', flush: 0.25 },
};

function hair(g: Phaser.GameObjects.Graphics, a: Appearance, back: boolean): void {
  g.fillStyle(a.hair);
  if (back) {
    if (a.hairStyle === 'long') g.fillRoundedRect(-78, -70, 156, 170, 60);
    if (a.hairStyle === 'bun') g.fillCircle(0, -98, 30);
    return;
  }
  if (a.hairStyle === 'curly') {
    for (let x = -60; x <= 60; x += 24) g.fillCircle(x, -62 + Math.abs(x) * 0.25, 26);
  } else {
    g.fillEllipse(0, -58, 150, 70);
  }
}

/** Draws a head and shoulders at the origin; the mood is in the brows, eyes and mouth. */
export function paintPortrait(g: Phaser.GameObjects.Graphics, a: Appearance, mood: Mood): void {
  const e = EXPRESSIONS[mood];
  g.clear();
  hair(g, a, true);
  g.fillStyle(a.top).fillRoundedRect(-110, 80, 220, 120, 50);
  g.fillStyle(a.skin).fillRect(-22, 50, 44, 40);
  g.fillEllipse(0, 0, 130, 160);
  if (e.flush > 0) {
    g.fillStyle(0xd9534f, e.flush).fillCircle(-36, 22, 16).fillCircle(36, 22, 16);
  }
  hair(g, a, false);
  // Eyes
  g.fillStyle(0x1f1f1f);
  const eyeH = e.eyes === 'wide' ? 16 : e.eyes === 'soft' ? 6 : 11;
  g.fillEllipse(-26, -4, 13, eyeH).fillEllipse(26, -4, 13, eyeH);
  // Brows
  const y = -24 - e.browLift;
  g.lineStyle(6, a.hair === 0xb8b1a8 ? 0x7d766e : a.hair);
  g.lineBetween(-40, y + e.brow * 10, -14, y - e.brow * 10);
  g.lineBetween(14, y - e.brow * 10, 40, y + e.brow * 10);
  // Mouth: an arc whose direction and depth follow the mood
  g.lineStyle(5, 0x7a3030);
  g.beginPath();
  const depth = Math.abs(e.mouth);
  if (depth < 0.05) {
    g.moveTo(-20, 42).lineTo(20, 42);
  } else if (e.mouth > 0) {
    g.arc(
      0,
      30 - depth * 6,
      22 + depth * 6,
      Math.PI * (0.15 + 0.1 * (1 - depth)),
      Math.PI * (0.85 - 0.1 * (1 - depth)),
    );
  } else {
    g.arc(0, 62 + depth * 4, 22, Math.PI * 1.25, Math.PI * 1.75);
  }
  g.strokePath();
}
