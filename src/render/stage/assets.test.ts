import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAME_SOUND_IDS, SCENE_IDS, STORY_SOUND_IDS } from '../../core/asset-ids.ts';
import { PROJECT } from '../../../test/helpers/temp-project.ts';
import { PAINTERS } from './backdrops.ts';

describe('the assets stories can name', () => {
  it('has a drawing for every scene id the checker accepts', () => {
    expect(SCENE_IDS.filter((id) => !(id in PAINTERS))).toEqual([]);
  });

  it('has a sound file for every sound id', () => {
    const missing = [...STORY_SOUND_IDS, ...GAME_SOUND_IDS].filter(
      (id) => !existsSync(path.join(PROJECT, 'assets', 'audio', `${id}.wav`)),
    );
    expect(missing).toEqual([]);
  });
});
