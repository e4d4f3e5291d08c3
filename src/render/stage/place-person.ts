import type * as Phaser from 'phaser';
import type { Mood } from '../../core/moods.ts';
import type { Placement } from './cast-layout.ts';
import { paintHandset } from './handset.ts';
import { paintFace, type Person } from './stage-person.ts';

/**
 * Puts a person where the layout says: on a handset or screen if they are on the line, in the room
 * if not, gliding there when `glide` (a move within the scene) or set there at once.
 */
export function placePerson(
  scene: Phaser.Scene,
  person: Person,
  at: Placement,
  mood: Mood,
  glide: boolean,
): void {
  const { container } = person;
  if (at.remote && !person.handset) {
    person.handset = scene.add.graphics();
    container.addAt(person.handset, 0);
  }
  if (person.handset && at.remote) {
    paintHandset(person.handset, at.remote);
    paintFace(person, at.name, mood);
  } else if (person.handset) {
    // Off the phone and into the room.
    person.handset.destroy();
    delete person.handset;
    paintFace(person, at.name, mood);
  }
  container.setAlpha(at.alpha).setScale(at.scale);
  const fresh = container.x === 0 && container.y === 0;
  if (!glide || fresh) container.setPosition(at.x, at.y);
  else
    scene.tweens.add({
      targets: container,
      x: at.x,
      y: at.y,
      duration: 260,
      ease: 'Sine.easeInOut',
    });
}
