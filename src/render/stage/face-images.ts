import { facePath } from '../../core/faces.ts';
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
  // A data URL, so the same picture can also sit in the dialogue box without a second request.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
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

/** Everyone's faces for one encounter, each character fetched once, shared by stage and box. */
export class FaceLibrary {
  private readonly loaded = new Map<string, Promise<FaceImages | undefined>>();
  private readonly ready = new Map<string, FaceImages | undefined>();
  private readonly aborted = new AbortController();

  constructor(private readonly assetBase = '') {}

  faces(name: string): Promise<FaceImages | undefined> {
    let faces = this.loaded.get(name);
    if (!faces) {
      faces = loadFaceImages(
        (mood) => `${this.assetBase}${facePath(name, mood)}`,
        this.aborted.signal,
      );
      void faces.then((images) => this.ready.set(name, images));
      this.loaded.set(name, faces);
    }
    return faces;
  }

  /** The picture for `name` in `mood` if it has already loaded; undefined means draw or wait. */
  now(name: string, mood: Mood): HTMLImageElement | undefined {
    return this.ready.get(name)?.get(mood);
  }

  close(): void {
    this.aborted.abort();
  }
}
