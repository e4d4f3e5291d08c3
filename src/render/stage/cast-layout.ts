import type { Cast } from '../../core/presence.ts';

/** Where one person stands and how large, in the stage's units (450 tall, width varies). */
export interface Placement {
  name: string;
  x: number;
  y: number;
  scale: number;
  /** The one talking is drawn in full; the others a little faded, so the eye finds the speaker. */
  alpha: number;
  remote?: 'call' | 'chat';
}

/**
 * Spreads the people in the room across the stage, heads clear of the dialogue box over the lower quarter, and puts anyone
 * on a call in a handset or screen at the right. Plain arithmetic, so the scene only draws.
 */
export function placeCast(cast: Cast, width: number, height: number): Placement[] {
  const room = cast.present;
  const remoteSpace = cast.remote && room.length > 0 ? Math.min(260, width * 0.3) : 0;
  const span = width - remoteSpace;
  const crowd = room.length > 1 ? 0.82 : 1;
  const placed: Placement[] = room.map((name, i) => ({
    name,
    x: (span * (i + 1)) / (room.length + 1),
    y: height * 0.38,
    scale: crowd * (cast.speaking === undefined || cast.speaking === name ? 1 : 0.92),
    alpha: cast.speaking === undefined || cast.speaking === name ? 1 : 0.8,
  }));
  if (cast.remote) {
    // Alone on the line, the caller is what the learner faces: centre stage and larger.
    const alone = room.length === 0;
    placed.push({
      name: cast.remote.name,
      x: alone ? width / 2 : width - remoteSpace / 2,
      y: height * 0.4,
      scale: alone ? 0.7 : 0.55,
      alpha: 1,
      remote: cast.remote.via,
    });
  }
  return placed;
}
