import type * as Phaser from 'phaser';

/**
 * A phone (for a call or radio) or a laptop screen (for a chat) behind a caller's face, so a
 * voice on the line never looks like someone in the room. Drawn at the face's own scale.
 */
export function paintHandset(g: Phaser.GameObjects.Graphics, via: 'call' | 'chat'): void {
  g.clear();
  if (via === 'call') {
    g.fillStyle(0x1d2433).fillRoundedRect(-130, -200, 260, 400, 36);
    g.fillStyle(0xdfe8f2).fillRoundedRect(-112, -170, 224, 330, 16);
    g.fillStyle(0x3d4a5e).fillCircle(0, 180, 10);
    g.fillStyle(0x2f6d4f).fillCircle(-70, 130, 20);
    g.fillStyle(0xa33a2c).fillCircle(70, 130, 20);
  } else {
    g.fillStyle(0x1d2433).fillRoundedRect(-190, -170, 380, 290, 14);
    g.fillStyle(0xeef3f8).fillRect(-172, -152, 344, 254);
    g.fillStyle(0x1f5f8b).fillRect(-172, -152, 344, 26);
    g.fillStyle(0x5e6b7e).fillRect(-230, 120, 460, 22);
  }
}
