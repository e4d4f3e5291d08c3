import { contentHash } from '../../core/hash.ts';

export interface Appearance {
  skin: number;
  hair: number;
  hairStyle: 'short' | 'bun' | 'long' | 'curly';
  top: number;
}

const SKINS = [0xf1c7a5, 0xe0ac84, 0xc68863, 0x9c6644, 0x6f4a32, 0xf6d7c3];
const HAIRS = [0x2b1d14, 0x5a3825, 0x9a6b3f, 0xb8b1a8, 0x1c1c1c, 0xd8c9a3];
const STYLES: Appearance['hairStyle'][] = ['short', 'bun', 'long', 'curly'];
const TOPS = [0x3d5a80, 0x7b2d26, 0x2f6d4f, 0x5b4b8a, 0x8a5a2b, 0x24495e];

/** The same name always gives the same person, so a customer looks alike in every mood and visit. */
export function appearanceOf(name: string): Appearance {
  const n = parseInt(contentHash(name).slice(-8), 16);
  const pick = <T>(list: readonly T[], shift: number): T => list[(n >>> shift) % list.length] as T;
  return {
    skin: pick(SKINS, 0),
    hair: pick(HAIRS, 5),
    hairStyle: pick(STYLES, 10),
    top: pick(TOPS, 15),
  };
}
