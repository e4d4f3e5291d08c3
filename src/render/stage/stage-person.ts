import * as Phaser from 'phaser';
import type { Mood } from '../../core/moods.ts';
import { REST, type LifeMoment, type Pose } from '../../core/stage-life.ts';
import { appearanceOf } from './appearance.ts';
import type { FaceImages } from './face-images.ts';
import { paintPortrait } from './portrait.ts';

export const FACE_SIZE = 300;

/** One person on stage and what their idle life is doing this spell. */
export interface Person {
  /** Where the person stands and how large: set by the layout. */
  container: Phaser.GameObjects.Container;
  /** The face alone, which breathes, blinks and gestures; the handset behind it stays still. */
  body: Phaser.GameObjects.Container;
  face: Phaser.GameObjects.Image | Phaser.GameObjects.Graphics;
  /** Closed eyelids over the face's eyes, shown only during a blink. */
  lids: Phaser.GameObjects.Graphics;
  handset?: Phaser.GameObjects.Graphics;
  faces: FaceImages | undefined;
  /** Each person breathes at their own pace, so a room never pulses in step. */
  breathMs: number;
  /** When a change of mood made them start, in this spell's time. */
  startledAt?: number;
  moments: LifeMoment[];
  /** The first of `moments` not yet begun, so each blink and gesture is counted once. */
  next: number;
  pose: Pose;
  /** What the last drawn frame showed of this person (see `poseKey`). */
  drawnKey?: string;
}

/** Where an Open Peeps face's eyes are, in its 300-pixel picture (the same for every expression). */
const PICTURE_EYES = [
  { x: 177, y: 158, w: 30, h: 24 },
  { x: 227, y: 156, w: 26, h: 22 },
];
/** A cheek, clear of hair, glasses and beard: the colour the eyelids are painted in. */
const CHEEK = { x: 172, y: 186 };
const DRAWN_EYES = [
  { x: 124, y: 146, w: 20, h: 18 },
  { x: 176, y: 146, w: 20, h: 18 },
];

function skinOf(image: HTMLImageElement): number {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return 0xd9a27c;
  const scale = image.naturalWidth / FACE_SIZE || 1;
  ctx.drawImage(image, CHEEK.x * scale, CHEEK.y * scale, 1, 1, 0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
  return (r << 16) | (g << 8) | b;
}

/** Paints the eyelids once for the kind of face showing; a blink only makes them visible. */
function paintLids(person: Person, name: string): void {
  const picture = person.faces?.get('calm');
  const eyes = picture ? PICTURE_EYES : DRAWN_EYES;
  const skin = picture ? skinOf(picture) : appearanceOf(name).skin;
  const g = person.lids.clear();
  for (const eye of eyes) {
    const x = eye.x - FACE_SIZE / 2;
    const y = eye.y - FACE_SIZE / 2;
    g.fillStyle(skin).fillEllipse(x, y, eye.w, eye.h);
    g.lineStyle(4, 0x111111).lineBetween(x - eye.w * 0.4, y + 2, x + eye.w * 0.4, y + 2);
  }
}

export function newPerson(scene: Phaser.Scene, name: string): Person {
  const face = scene.add.graphics();
  const lids = scene.add.graphics().setVisible(false);
  const body = scene.add.container(0, 0, [face, lids]);
  const person: Person = {
    container: scene.add.container(0, 0, [body]),
    body,
    face,
    lids,
    faces: undefined,
    breathMs: 3400 + Math.random() * 1000,
    moments: [],
    next: 0,
    pose: { ...REST },
  };
  paintLids(person, name);
  return person;
}

/**
 * An SVG face drawn to a canvas once. Drawn straight from the SVG, the browser re-renders the
 * vector picture at its new size on every frame, which on a slow phone was most of a frame.
 */
function raster(image: HTMLImageElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = FACE_SIZE;
  canvas.getContext('2d')?.drawImage(image, 0, 0, FACE_SIZE, FACE_SIZE);
  return canvas;
}

/** Their pictures arrived: the hand-drawn face gives way to them. */
export function givePictures(
  scene: Phaser.Scene,
  person: Person,
  name: string,
  images: FaceImages,
): void {
  for (const [mood, image] of images) {
    const key = `face-${name}-${mood}`;
    if (!scene.textures.exists(key)) scene.textures.addCanvas(key, raster(image));
  }
  person.faces = images;
  person.face.destroy();
  person.face = scene.add.image(0, 0, `face-${name}-calm`);
  person.body.addAt(person.face, 0);
  paintLids(person, name);
}

export function paintFace(person: Person, name: string, mood: Mood): void {
  // On a handset or screen the face fits inside it.
  const size = person.handset ? FACE_SIZE * 0.7 : FACE_SIZE;
  if (person.face instanceof Phaser.GameObjects.Image) {
    person.face.setTexture(`face-${name}-${mood}`);
    person.face.setDisplaySize(size, size);
  } else {
    paintPortrait(person.face, appearanceOf(name), mood);
    person.face.setScale(size / FACE_SIZE);
  }
  person.lids.setScale(size / FACE_SIZE);
}

/** How many device pixels across this person's face is drawn, on a stage at `zoom`. */
export function facePixels(person: Person, zoom: number): number {
  return (person.handset ? 0.7 : 1) * FACE_SIZE * person.container.scaleX * zoom;
}

export function applyPose(person: Person, pose: Readonly<Pose>): void {
  person.body.setScale(pose.scaleX, pose.scaleY);
  person.body.setRotation(pose.angle);
  person.body.setY(pose.dy);
  person.lids.setVisible(pose.eyesClosed);
}
