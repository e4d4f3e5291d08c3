import { describe, expect, it } from 'vitest';
import { BLINK_MS, lifeMoments, lifePlan, poseAt, poseKey, REST, type Pose } from './stage-life.ts';

const moving = lifePlan(false);
const still = lifePlan(true);
const pose = (): Pose => ({ ...REST });

describe('what the picture may move', () => {
  it('moves nothing under reduced motion, and cuts between places and people', () => {
    expect(still).toMatchObject({
      breathe: false,
      blink: false,
      gestures: false,
      sceneChange: 'cut',
      presenceChange: 'cut',
    });
    expect(lifeMoments(still, 'Helen Marsh', 1, true)).toEqual([]);
    for (const t of [0, 500, 1000, 3000]) {
      expect(poseAt(pose(), still, [], t, 3800, 0)).toEqual(REST);
    }
  });

  it('otherwise breathes, blinks and gestures, and fades between places and people', () => {
    expect(moving).toMatchObject({
      breathe: true,
      blink: true,
      gestures: true,
      sceneChange: 'fade',
      presenceChange: 'fade',
    });
  });
});

describe('idle moments in a waking spell', () => {
  it('blinks within the first two seconds and then every few seconds, all over before the spell ends', () => {
    const blinks = lifeMoments(moving, 'Helen Marsh', 1, false).filter((m) => m.kind === 'blink');
    expect(blinks.length).toBeGreaterThanOrEqual(2);
    expect(blinks[0]?.at).toBeLessThan(2000);
    for (let i = 1; i < blinks.length; i++) {
      const gap = (blinks[i]?.at ?? 0) - (blinks[i - 1]?.at ?? 0);
      expect(gap).toBeGreaterThanOrEqual(2000);
      expect(gap).toBeLessThanOrEqual(4500);
    }
    expect(blinks.at(-1)?.at).toBeLessThan(moving.awakeMs);
  });

  it('gives a gesture to whoever is talking, and only to them', () => {
    const gestures = (speaking: boolean) =>
      lifeMoments(moving, 'Dev', 3, speaking).filter((m) => m.kind !== 'blink');
    expect(gestures(true)).toHaveLength(1);
    expect(gestures(false)).toEqual([]);
  });

  it('moves the same way for the same person and spell, and differently in the next spell', () => {
    expect(lifeMoments(moving, 'Dev', 3, true)).toEqual(lifeMoments(moving, 'Dev', 3, true));
    expect(lifeMoments(moving, 'Dev', 4, true)).not.toEqual(lifeMoments(moving, 'Dev', 3, true));
  });
});

describe('the pose at a moment', () => {
  it('closes the eyes for the length of a blink, then opens them', () => {
    const moments = [{ at: 1000, kind: 'blink' as const }];
    expect(poseAt(pose(), moving, moments, 990, 3800).eyesClosed).toBe(false);
    expect(poseAt(pose(), moving, moments, 1000 + BLINK_MS / 2, 3800).eyesClosed).toBe(true);
    expect(poseAt(pose(), moving, moments, 1000 + BLINK_MS + 1, 3800).eyesClosed).toBe(false);
  });

  it('nods down or tilts the head during a gesture and comes back to rest', () => {
    const nod = [{ at: 200, kind: 'nod' as const }];
    expect(poseAt(pose(), moving, nod, 550, 3800).dy).toBeGreaterThan(0);
    expect(poseAt(pose(), moving, nod, 2000, 3800).dy).toBe(0);
    const tilt = [{ at: 200, kind: 'tilt' as const }];
    expect(poseAt(pose(), moving, tilt, 550, 3800).angle).toBeGreaterThan(0);
    expect(poseAt(pose(), moving, tilt, 2000, 3800).angle).toBe(0);
  });

  it('breathes, and starts at news by swelling for a moment', () => {
    const breaths = [0, 950, 1900, 2850].map((t) => poseAt(pose(), moving, [], t, 3800).scaleY);
    expect(new Set(breaths.map((b) => b.toFixed(4))).size).toBeGreaterThan(1);
    expect(poseAt(pose(), moving, [], 140, 3800, 0).scaleX).toBeGreaterThan(1);
    expect(poseAt(pose(), moving, [], 1000, 3800, 0).scaleX).toBe(1);
  });
});

describe('what is worth drawing', () => {
  // A phone's stage draws a face about 130 device pixels across.
  const PHONE_FACE = 130;

  it('tells a blink, a nod and a tilt from the pose before them', () => {
    const rest = poseKey(REST, PHONE_FACE);
    expect(poseKey({ ...REST, eyesClosed: true }, PHONE_FACE)).not.toBe(rest);
    expect(poseKey({ ...REST, dy: 6 }, PHONE_FACE)).not.toBe(rest);
    expect(poseKey({ ...REST, angle: 0.05 }, PHONE_FACE)).not.toBe(rest);
  });

  it('always tells apart two poses whose face edges are a device pixel apart', () => {
    for (let scale = 0.95; scale < 1.05; scale += 0.0013) {
      const moved = scale + 1 / PHONE_FACE;
      expect(poseKey({ ...REST, scaleY: moved }, PHONE_FACE)).not.toBe(
        poseKey({ ...REST, scaleY: scale }, PHONE_FACE),
      );
    }
  });

  it('draws a slow breath on some frames, not on every one of sixty a second', () => {
    let changes = 0;
    let last = '';
    const frames = 3800 / (1000 / 60);
    for (let frame = 0; frame < frames; frame++) {
      const key = poseKey(poseAt(pose(), moving, [], frame * (1000 / 60), 3800), PHONE_FACE);
      if (key !== last) changes++;
      last = key;
    }
    expect(changes).toBeGreaterThan(4);
    expect(changes).toBeLessThan(frames / 2);
  });
});
