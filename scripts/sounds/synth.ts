import { seededRandom } from '../../src/core/random.ts';

export const RATE = 22050;

export function render(seconds: number, fn: (t: number, i: number) => number): Float32Array {
  const out = new Float32Array(Math.floor(seconds * RATE));
  for (let i = 0; i < out.length; i++) out[i] = fn(i / RATE, i);
  return out;
}

export const envelope = (t: number, attack: number, decay: number) =>
  Math.min(1, t / attack) * Math.exp(-t / decay);

/** Noise filtered to a band: `smooth` near 1 keeps only low rumble, near 0 keeps hiss. */
export function filteredNoise(seconds: number, seed: number, smooth: number): Float32Array {
  const random = seededRandom(seed);
  let low = 0;
  return render(seconds, () => {
    low = smooth * low + (1 - smooth) * (random() * 2 - 1);
    return low;
  });
}

/** Fades the loop's two ends into each other so it repeats without a click. */
export function makeLoopable(samples: Float32Array, fadeSeconds = 0.5): Float32Array {
  const fade = Math.floor(fadeSeconds * RATE);
  const out = samples.slice(0, samples.length - fade);
  for (let i = 0; i < fade; i++) {
    const k = i / fade;
    out[i] = (out[i] ?? 0) * k + (samples[samples.length - fade + i] ?? 0) * (1 - k);
  }
  return out;
}

export function normalise(samples: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  return max > 0 ? samples.map((s) => (s / max) * peak) : samples;
}

export function mix(...tracks: Float32Array[]): Float32Array {
  const length = Math.min(...tracks.map((t) => t.length));
  const out = new Float32Array(length);
  for (const t of tracks) for (let i = 0; i < length; i++) out[i] = (out[i] ?? 0) + (t[i] ?? 0);
  return out;
}

/** Short sounds scattered through a loop (beeps, clinks, keys), at seeded times. */
export function scatter(
  seconds: number,
  seed: number,
  count: number,
  sound: (t: number) => number,
  length: number,
) {
  const random = seededRandom(seed);
  const starts = Array.from({ length: count }, () => random() * (seconds - length - 0.6));
  return render(seconds, (t) =>
    starts.reduce((sum, s) => (t >= s && t < s + length ? sum + sound(t - s) : sum), 0),
  );
}

export function wav(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) =>
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2),
  );
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
