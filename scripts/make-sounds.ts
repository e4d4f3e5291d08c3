/**
 * Writes the game's sound effects as small WAV files into assets/audio/, synthesised here so every
 * sound is original and can be regenerated: `npx tsx scripts/make-sounds.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const RATE = 22050;

function wav(samples: Float32Array): Buffer {
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

function render(seconds: number, fn: (t: number) => number): Float32Array {
  const out = new Float32Array(Math.floor(seconds * RATE));
  for (let i = 0; i < out.length; i++) out[i] = fn(i / RATE);
  return out;
}

const envelope = (t: number, attack: number, decay: number) =>
  Math.min(1, t / attack) * Math.exp(-t / decay);

const sounds: Record<string, Float32Array> = {
  // A soft wooden tick: short, low, unobtrusive when a learner picks a choice.
  choice: render(0.12, (t) => 0.5 * envelope(t, 0.002, 0.025) * Math.sin(2 * Math.PI * 660 * t)),
  // Two bursts of a classic dual-tone ring.
  'phone-ring': render(1.6, (t) => {
    const on = t % 0.8 < 0.5 ? 1 : 0;
    const tone = Math.sin(2 * Math.PI * 440 * t) + Math.sin(2 * Math.PI * 480 * t);
    return 0.22 * on * tone * (0.6 + 0.4 * Math.sign(Math.sin(2 * Math.PI * 20 * t)));
  }),
  // A rising three-note chime for reaching an ending.
  ending: render(1.2, (t) => {
    const notes = [523.25, 659.25, 783.99];
    return notes.reduce((sum, f, i) => {
      const start = i * 0.18;
      if (t < start) return sum;
      return sum + 0.25 * envelope(t - start, 0.01, 0.4) * Math.sin(2 * Math.PI * f * (t - start));
    }, 0);
  }),
  // A till scanner's short high beep.
  'till-beep': render(
    0.18,
    (t) => 0.35 * (t < 0.14 ? 1 : 0) * Math.sign(Math.sin(2 * Math.PI * 1850 * t)) * 0.6,
  ),
  // A shop door's two-note chime.
  'door-chime': render(1.1, (t) => {
    const first = 0.3 * envelope(t, 0.005, 0.35) * Math.sin(2 * Math.PI * 880 * t);
    const second =
      t < 0.25
        ? 0
        : 0.3 * envelope(t - 0.25, 0.005, 0.4) * Math.sin(2 * Math.PI * 698.46 * (t - 0.25));
    return first + second;
  }),
  // A phone's message notification: a quick rising blip.
  'message-ping': render(
    0.3,
    (t) => 0.3 * envelope(t, 0.003, 0.08) * Math.sin(2 * Math.PI * (900 + 1200 * t) * t),
  ),
  // A terminal's refusal buzz: low and rough.
  'error-buzz': render(0.45, (t) => {
    const on = t % 0.2 < 0.16 ? 1 : 0;
    return 0.25 * on * Math.sign(Math.sin(2 * Math.PI * 150 * t)) * Math.exp(-t * 1.5);
  }),
};

const dir = path.resolve(import.meta.dirname ?? '.', '../assets/audio');
mkdirSync(dir, { recursive: true });
for (const [id, samples] of Object.entries(sounds)) {
  writeFileSync(path.join(dir, `${id}.wav`), wav(samples));
  console.log(`assets/audio/${id}.wav`);
}
