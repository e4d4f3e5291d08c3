import type { Mood } from '../../core/moods.ts';
import type { Cast } from '../../core/presence.ts';
import type { FaceLibrary } from './face-images.ts';

/** What an encounter asks of its picture: draw a place and a face. No rules live here. */
export interface Stage {
  setScene(id: string): void;
  setMood(mood: Mood): void;
  /** Who is in the room, who is on the line and who is talking. */
  setCast(cast: Cast): void;
  destroy(): void;
}

export interface StageOptions {
  parent: HTMLElement;
  scene: string;
  mood: Mood;
  customer: string;
  /** Who is there when the stage opens; the customer alone if not given. */
  cast?: Cast;
  reducedMotion: boolean;
  /** Everyone's faces, shared with the dialogue box. */
  faces: FaceLibrary;
}

export type StageFactory = (options: StageOptions) => Stage;

export const emptyStage: Stage = {
  setScene: () => undefined,
  setMood: () => undefined,
  setCast: () => undefined,
  destroy: () => undefined,
};

/** Mounts a stage, or none: a device without WebGL or canvas still gets the whole encounter as text. */
export function mountStage(factory: StageFactory | undefined, options: StageOptions): Stage {
  if (!factory) return emptyStage;
  try {
    return factory(options);
  } catch (err) {
    console.warn('Serving Moments: the scene could not be drawn', err);
    return emptyStage;
  }
}
