import { describe, expect, it } from 'vitest';
import { HEIGHT, stageSize } from './stage-size.ts';

describe('the stage canvas size', () => {
  it('draws a phone-sized box at its own pixels, not at the 450-unit drawing size', () => {
    const size = stageSize(343, 200, 1);
    expect(size.pixelHeight).toBe(200);
    expect(size.pixelWidth).toBe(343);
    // The drawing keeps its proportions: the same stage units, seen through a zoomed camera.
    expect(size.width / HEIGHT).toBeCloseTo(343 / 200, 2);
    expect(size.zoom * HEIGHT).toBeCloseTo(200, 5);
  });

  it('follows a dense screen up to two device pixels per CSS pixel', () => {
    expect(stageSize(343, 200, 2).pixelHeight).toBe(400);
    expect(stageSize(343, 200, 3).pixelHeight).toBe(400);
  });

  it('never draws finer than the stage units on a large box', () => {
    const size = stageSize(1248, 360, 2);
    expect(size.zoom).toBe(1);
    expect(size.pixelHeight).toBe(HEIGHT);
    expect(size.pixelWidth).toBe(size.width);
  });

  it('keeps to a drawable size before the box has been laid out', () => {
    expect(stageSize(0, 0, 2)).toEqual({
      width: 800,
      pixelWidth: 800,
      pixelHeight: HEIGHT,
      zoom: 1,
    });
  });
});
