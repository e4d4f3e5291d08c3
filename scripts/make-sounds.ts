/**
 * Writes every sound of the game into assets/audio/ as WebM (Opus) and MP3: effects and one ambience
 * loop per kind of place, all synthesised here so they are original and can be regenerated:
 * `npm run make:sounds` (needs ffmpeg: `apt-get install -y ffmpeg`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AMBIENCES } from './sounds/ambience.ts';
import { EFFECTS } from './sounds/effects.ts';
import { wav } from './sounds/synth.ts';

const out = path.resolve(import.meta.dirname ?? '.', '../assets/audio');
const work = mkdtempSync(path.join(tmpdir(), 'sounds-'));
mkdirSync(out, { recursive: true });

function encode(id: string, samples: Float32Array): void {
  const source = path.join(work, `${id}.wav`);
  writeFileSync(source, wav(samples));
  for (const [ext, args] of [
    ['webm', ['-c:a', 'libopus', '-b:a', '48k']],
    ['mp3', ['-c:a', 'libmp3lame', '-b:a', '64k']],
  ] as const) {
    const target = path.join(out, `${id}.${ext}`);
    const run = spawnSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', source, ...args, target], {
      encoding: 'utf8',
    });
    if (run.error || run.status !== 0) {
      throw new Error(
        `ffmpeg could not write ${target}: ${run.error?.message ?? run.stderr}. Install it with apt-get install -y ffmpeg.`,
      );
    }
  }
  console.log(`assets/audio/${id}.webm, .mp3`);
}

try {
  for (const [id, samples] of Object.entries({ ...EFFECTS, ...AMBIENCES })) encode(id, samples);
} finally {
  rmSync(work, { recursive: true, force: true });
}
