import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { Options } from '@dicebear/open-peeps';
import type { Character } from '../core/characters.ts';
import type { HairCue, Look, SkinCue } from '../core/looks.ts';
import type { Mood } from '../core/moods.ts';

type Head = NonNullable<Options['head']>[number];
type Face = NonNullable<Options['face']>[number];

/** Open Peeps (CC0 art by Pablo Stanley) has no "worried" or "frustrated": the nearest faces. */
const FACE_FOR: Record<Mood, Face> = {
  calm: 'calm',
  worried: 'concerned',
  frustrated: 'serious',
  angry: 'rage',
  relieved: 'smile',
  delighted: 'smileBig',
};

const HEADS: Record<HairCue, Head[]> = {
  short: ['short1', 'short2', 'short3', 'short4', 'short5', 'flatTop', 'pomp'],
  medium: ['medium1', 'medium2', 'medium3', 'mediumStraight', 'mediumBangs'],
  long: ['long', 'longBangs', 'flatTopLong'],
  curly: ['longCurly', 'mediumBangs3'],
  bangs: ['bangs', 'bangs2', 'longBangs', 'mediumBangs'],
  bun: ['bun', 'bun2', 'buns'],
  afro: ['afro', 'longAfro'],
  braids: ['cornrows', 'cornrows2', 'bantuKnots', 'twists', 'twists2'],
  dreads: ['dreads1', 'dreads2'],
  bald: ['noHair1', 'noHair2', 'noHair3'],
  shaved: ['shaved1', 'shaved2', 'shaved3'],
  hijab: ['hijab'],
  turban: ['turban'],
  beanie: ['hatBeanie'],
};

/** Open Peeps' grey-haired heads, for the styles it has them in. */
const GREY_HEADS: Partial<Record<HairCue, Head[]>> = {
  short: ['grayShort'],
  medium: ['grayMedium'],
  long: ['grayMedium'],
  bun: ['grayBun'],
};

// Headwear and grey hair are the story's to choose, never the dice's.
const UNSAID_HEADS: Head[] = [
  ...HEADS.short,
  ...HEADS.medium,
  ...HEADS.long,
  ...HEADS.curly,
  ...HEADS.bangs,
  ...HEADS.bun,
  ...HEADS.afro,
  ...HEADS.braids,
  ...HEADS.dreads,
  ...HEADS.shaved,
];

const SKIN: Record<SkinCue, string> = {
  light: 'ffdbb4',
  fair: 'edb98a',
  tan: 'd08b5b',
  brown: 'ae5d29',
  dark: '694d3d',
};

function headsFor(look: Look): Head[] {
  const grey = look.grey || look.age === 'older';
  if (!look.hair) return grey ? ['grayShort', 'grayMedium', 'grayBun'] : UNSAID_HEADS;
  return (grey && GREY_HEADS[look.hair]) || HEADS[look.hair];
}

function optionsFor(look: Look): Partial<Options> {
  const grey = look.grey || look.age === 'older';
  return {
    head: headsFor(look),
    maskProbability: 0,
    ...(grey ? { headContrastColor: ['d6d3cf'] } : {}),
    ...(look.skin ? { skinColor: [SKIN[look.skin]] } : {}),
    ...(look.facialHair === 'beard'
      ? { facialHair: ['full', 'full2', 'full3', 'full4'], facialHairProbability: 100 }
      : look.facialHair === 'moustache'
        ? { facialHair: ['moustache1', 'moustache2', 'moustache3'], facialHairProbability: 100 }
        : { facialHairProbability: 0 }),
    ...(look.eyewear === 'glasses'
      ? { accessories: ['glasses', 'glasses2', 'glasses3'], accessoriesProbability: 100 }
      : look.eyewear === 'sunglasses'
        ? { accessories: ['sunglasses', 'sunglasses2'], accessoriesProbability: 100 }
        : { accessoriesProbability: 0 }),
  };
}

/** Pixel size written into the SVG, so a browser decodes it at the size the stage draws it. */
export const FACE_PIXELS = 300;

/**
 * One character's face in one mood. The name is the seed, so whatever the look leaves open is
 * chosen the same way every build; only the expression changes with the mood.
 */
export function faceSvg(character: Character, mood: Mood): string {
  return createAvatar(openPeeps, {
    seed: character.name,
    size: FACE_PIXELS,
    face: [FACE_FOR[mood]],
    ...optionsFor(character.look ?? {}),
  }).toString();
}
