import { envelope, filteredNoise, makeLoopable, mix, normalise, render, scatter } from './synth.ts';

const SECONDS = 10;
const tone = (f: number, t: number) => Math.sin(2 * Math.PI * f * t);
const scale = (s: Float32Array, k: number) => s.map((x) => x * k);

/** A murmur of voices: band-limited noise whose loudness drifts like a room talking. */
const murmur = (seed: number) => {
  const noise = filteredNoise(SECONDS, seed, 0.86);
  const drift = filteredNoise(SECONDS, seed + 1, 0.9995);
  return normalise(
    noise.map((x, i) => x * (0.6 + 4 * Math.abs(drift[i] ?? 0))),
    0.5,
  );
};

/** One quiet loop per kind of place; every scene id maps to one of these. */
export const AMBIENCES: Record<string, Float32Array> = {
  'hotel-hum': makeLoopable(
    mix(
      scale(normalise(filteredNoise(SECONDS, 11, 0.97), 1), 0.35),
      render(SECONDS, (t) => 0.06 * tone(60, t)),
    ),
  ),
  'store-floor': makeLoopable(
    mix(
      scale(murmur(21), 0.5),
      scatter(SECONDS, 22, 5, (t) => 0.12 * Math.sign(tone(1850, t)), 0.12),
    ),
  ),
  'outdoor-wind': makeLoopable(scale(normalise(filteredNoise(SECONDS, 31, 0.985), 1), 0.45)),
  'restaurant-murmur': makeLoopable(
    mix(
      scale(murmur(41), 0.7),
      scatter(SECONDS, 42, 6, (t) => 0.15 * envelope(t, 0.001, 0.05) * tone(2637, t), 0.25),
    ),
  ),
  'office-quiet': makeLoopable(
    mix(
      scale(normalise(filteredNoise(SECONDS, 51, 0.95), 1), 0.15),
      scatter(
        SECONDS,
        52,
        14,
        (t) => 0.1 * envelope(t, 0.0005, 0.008) * (tone(3100, t) + tone(4700, t)),
        0.03,
      ),
    ),
  ),
  'call-centre-murmur': makeLoopable(scale(murmur(61), 0.45)),
  'clinic-calm': makeLoopable(
    mix(
      scale(normalise(filteredNoise(SECONDS, 71, 0.96), 1), 0.15),
      scatter(SECONDS, 72, 2, (t) => 0.12 * envelope(t, 0.01, 0.5) * tone(1046.5, t), 1.2),
    ),
  ),
};
