import { MOODS, type Mood } from '../../core/moods.ts';

export type FaceImages = Map<Mood, HTMLImageElement>;

/** A server that answers every path with the game's page sends HTML for a missing face. */
function looksLikeSvg(type: string | null, text: string): boolean {
  return (type ?? '').includes('svg') || /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(text);
}

async function loadOne(url: string, signal: AbortSignal): Promise<HTMLImageElement> {
  const response = await fetch(url, { signal });
  const text = await response.text();
  if (!response.ok || !looksLikeSvg(response.headers.get('Content-Type'), text)) {
    throw new Error(`${url} is not a face`);
  }
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    await image.decode();
  } finally {
    URL.revokeObjectURL(image.src);
  }
  return image;
}

/**
 * Fetches a character's six faces, or none: if any is missing, not an image or does not decode,
 * the stage draws the face itself instead of showing a blank or a broken picture. Nothing here
 * logs an error, because a missing face is an expected case, not a fault.
 */
export async function loadFaceImages(
  urlOf: (mood: Mood) => string,
  signal: AbortSignal,
): Promise<FaceImages | undefined> {
  try {
    const images = await Promise.all(MOODS.map((mood) => loadOne(urlOf(mood), signal)));
    return new Map(MOODS.map((mood, i) => [mood, images[i] as HTMLImageElement]));
  } catch {
    return undefined;
  }
}
