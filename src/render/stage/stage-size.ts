/** The picture is always 450 units tall; its width follows the box it fills, so nothing letterboxes. */
export const HEIGHT = 450;

/** Sharper than this is not visible on a phone, and every extra pixel is copied on every frame. */
const MOST_PIXELS_PER_CSS_PIXEL = 2;

export interface StageSize {
  /** Width in the stage's own units (height is always HEIGHT). */
  width: number;
  /** The canvas's backing size in device pixels: the box's CSS size at the screen's density. */
  pixelWidth: number;
  pixelHeight: number;
  /** Device pixels per stage unit: the camera's zoom. */
  zoom: number;
}

/**
 * Sizes the canvas to the box it is shown in, not to the 450-unit drawing: on a phone the box is
 * about 200 CSS pixels tall, and drawing 450 rows to shrink them on screen costs four times the
 * pixels on every frame for nothing the eye can see.
 */
export function stageSize(boxWidth: number, boxHeight: number, pixelRatio: number): StageSize {
  if (boxWidth <= 0 || boxHeight <= 0)
    return { width: 800, pixelWidth: 800, pixelHeight: HEIGHT, zoom: 1 };
  const width = Math.max(450, Math.min(1800, Math.round((HEIGHT * boxWidth) / boxHeight)));
  const density = Math.min(Math.max(pixelRatio, 1), MOST_PIXELS_PER_CSS_PIXEL);
  // Never drawn finer than the units themselves, however large the box.
  const zoom = Math.min(1, (boxHeight * density) / HEIGHT);
  return {
    width,
    pixelWidth: Math.round(width * zoom),
    pixelHeight: Math.round(HEIGHT * zoom),
    zoom,
  };
}
