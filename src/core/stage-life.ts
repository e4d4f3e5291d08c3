import { contentHash } from './hash.ts';
import { seededRandom } from './random.ts';

/**
 * What the picture may move, decided once from the learner's settings. Under reduced motion
 * nothing moves: no breathing, blinking or gestures, and a change of place or of who is there is a
 * cut, not a fade.
 */
export interface LifePlan {
  breathe: boolean;
  blink: boolean;
  gestures: boolean;
  sceneChange: 'fade' | 'cut';
  /** How someone comes on stage or leaves it once the scene is showing. */
  presenceChange: 'fade' | 'cut';
  /**
   * How long the picture stays awake after something changes (a line, a mood, who is there);
   * then it rests, at rest pose, and draws no frames until the next change.
   */
  awakeMs: number;
}

export function lifePlan(reducedMotion: boolean): LifePlan {
  return reducedMotion
    ? {
        breathe: false,
        blink: false,
        gestures: false,
        sceneChange: 'cut',
        presenceChange: 'cut',
        awakeMs: 100,
      }
    : {
        breathe: true,
        blink: true,
        gestures: true,
        sceneChange: 'fade',
        presenceChange: 'fade',
        awakeMs: 8000,
      };
}

export type Gesture = 'nod' | 'tilt';

/** One idle moment, in milliseconds from the start of a waking spell. */
export interface LifeMoment {
  at: number;
  kind: 'blink' | Gesture;
}

export const BLINK_MS = 140;
export const GESTURE_MS = 700;
/** How long a face takes to start and settle when the customer's mood changes. */
export const START_MS = 280;

/**
 * The idle moments of one person in one waking spell: a blink every two to four and a half
 * seconds (the first within two), and, for whoever is talking, a nod or a tilt of the head as
 * they speak. Seeded by the name and the spell, so a replay moves the same way; nothing is
 * scheduled that would still be under way when the spell ends.
 */
export function lifeMoments(
  plan: LifePlan,
  name: string,
  spell: number,
  speaking: boolean,
): LifeMoment[] {
  const random = seededRandom(parseInt(contentHash(`${name}#${spell}`).slice(-8), 16));
  const moments: LifeMoment[] = [];
  const ends = plan.awakeMs - GESTURE_MS;
  if (plan.gestures && speaking) {
    moments.push({ at: 150 + random() * 400, kind: random() < 0.5 ? 'nod' : 'tilt' });
  }
  if (plan.blink) {
    for (let at = 400 + random() * 1600; at < ends; at += 2000 + random() * 2500) {
      moments.push({ at, kind: 'blink' });
    }
  }
  return moments.sort((a, b) => a.at - b.at);
}

/** Where a person's head is at one moment: the scene applies it, it decides nothing. */
export interface Pose {
  scaleX: number;
  scaleY: number;
  /** Radians; a tilt of the head. */
  angle: number;
  /** Stage units downwards; a nod. */
  dy: number;
  eyesClosed: boolean;
}

export const REST: Readonly<Pose> = { scaleX: 1, scaleY: 1, angle: 0, dy: 0, eyesClosed: false };

/** 0 → 1 → 0 over `length` ms from `since`, or 0 outside it. */
function swell(t: number, since: number, length: number): number {
  const d = t - since;
  return d >= 0 && d < length ? Math.sin((d / length) * Math.PI) : 0;
}

/**
 * The pose `t` ms into a waking spell, written into `out` (the stage calls this on every frame,
 * so it allocates nothing). `breathMs` is this person's own breathing period; `startledAt` is
 * when a change of mood made them start, if it did in this spell.
 */
export function poseAt(
  out: Pose,
  plan: LifePlan,
  moments: readonly LifeMoment[],
  t: number,
  breathMs: number,
  startledAt?: number,
): Pose {
  const breath = plan.breathe ? 1 + 0.015 * Math.sin((t / breathMs) * Math.PI * 2) : 1;
  const start =
    plan.gestures && startledAt !== undefined ? 1 + 0.04 * swell(t, startledAt, START_MS) : 1;
  out.scaleX = start;
  out.scaleY = start * breath;
  out.angle = 0;
  out.dy = 0;
  out.eyesClosed = false;
  for (const m of moments) {
    if (m.at > t) break;
    if (m.kind === 'blink') out.eyesClosed ||= t - m.at < BLINK_MS;
    else if (m.kind === 'nod') out.dy += 6 * swell(t, m.at, GESTURE_MS);
    else out.angle += 0.05 * swell(t, m.at, GESTURE_MS);
  }
  return out;
}

/** Finer than half a device pixel, a move of the face's edge is not seen, so it is not drawn. */
const PIXEL_STEP = 0.5;
/** A face's size in stage units: a nod's `dy` is in these. */
const FACE_UNITS = 300;

/**
 * What a pose looks like on screen, for a face `pixels` device pixels across: two poses with the
 * same key differ by less than half a device pixel anywhere on the face. The stage redraws only
 * when someone's key changes, so a slow breath costs a few frames a second, not sixty.
 */
export function poseKey(pose: Readonly<Pose>, pixels: number): string {
  const step = (v: number) => Math.round(v / PIXEL_STEP);
  return [
    step(pose.scaleX * pixels),
    step(pose.scaleY * pixels),
    // The edge of a face half its width from the pivot moves by angle × radius.
    step((pose.angle * pixels) / 2),
    step((pose.dy * pixels) / FACE_UNITS),
    pose.eyesClosed ? 1 : 0,
  ].join(' ');
}
