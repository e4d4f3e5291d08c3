import type * as Phaser from 'phaser';
import type { Person } from './stage-person.ts';

/** Someone arrives: they fade in where the layout puts them (their face, not their place). */
export function fadeIn(scene: Phaser.Scene, person: Person, done: () => void): void {
  person.body.setAlpha(0);
  scene.tweens.add({
    targets: person.body,
    alpha: 1,
    duration: 260,
    ease: 'Sine.easeOut',
    onComplete: done,
  });
}

/** Someone goes: they fade as they step down out of the picture. */
export function fadeOut(scene: Phaser.Scene, person: Person, done: () => void): void {
  scene.tweens.add({
    targets: person.container,
    alpha: 0,
    y: person.container.y + 24,
    duration: 220,
    ease: 'Sine.easeIn',
    onComplete: () => {
      person.container.destroy();
      done();
    },
  });
}
