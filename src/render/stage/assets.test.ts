import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AMBIENCE_FOR_SCENE,
  AMBIENCE_IDS,
  GAME_SOUND_IDS,
  SCENE_IDS,
  STORY_SOUND_IDS,
} from '../../core/asset-ids.ts';
import { PROJECT } from '../../../test/helpers/temp-project.ts';
import { PAINTERS } from './backdrops.ts';

describe('the assets stories can name', () => {
  it('has a drawing for every scene id the checker accepts', () => {
    expect(SCENE_IDS.filter((id) => !(id in PAINTERS))).toEqual([]);
  });

  it('has every sound and ambience loop in WebM and MP3', () => {
    const missing = [...STORY_SOUND_IDS, ...GAME_SOUND_IDS, ...AMBIENCE_IDS].flatMap((id) =>
      ['webm', 'mp3']
        .map((ext) => `${id}.${ext}`)
        .filter((f) => !existsSync(path.join(PROJECT, 'assets', 'audio', f))),
    );
    expect(missing).toEqual([]);
  });

  it('gives every drawn scene an ambience loop', () => {
    expect(SCENE_IDS.filter((id) => !AMBIENCE_IDS.includes(AMBIENCE_FOR_SCENE[id]))).toEqual([]);
  });
});
