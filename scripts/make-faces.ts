/**
 * Pre-renders each story customer's face in the six moods with DiceBear's Open Peeps (CC0 art by
 * Pablo Stanley) into assets/faces/<name>/<mood>.svg: `npx tsx scripts/make-faces.ts`. The same
 * name always gives the same person; only the expression changes with the mood.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { Options } from '@dicebear/open-peeps';
import { MOODS, type Mood } from '../src/core/moods.ts';
import { faceSlug } from '../src/core/faces.ts';

type Face = NonNullable<Options['face']>[number];
type Head = NonNullable<Options['head']>[number];

const FACE_FOR: Record<Mood, Face> = {
  calm: 'calm',
  worried: 'concerned',
  frustrated: 'serious',
  angry: 'rage',
  relieved: 'smile',
  delighted: 'smileBig',
};

interface Look {
  head: Head;
  grey?: boolean;
  beard?: boolean;
  skin?: string;
}

// Where a story tells us who the customer is, the face should agree: the older ones go grey.
const LOOKS: Record<string, Look> = {
  'Helen Marsh': { head: 'grayMedium', grey: true },
  'Winston Clarke': { head: 'grayShort', grey: true },
  'Clement Adeyemi': { head: 'noHair2', beard: true, skin: '694d3d' },
  'Arthur Pennington': { head: 'grayShort', grey: true },
  'Rosa Delgado': { head: 'grayBun', grey: true },
  'Leila Rahman': { head: 'long' },
  'Maya Lindqvist': { head: 'bun' },
  'Denise Mahoney': { head: 'mediumStraight' },
  'Nadia Haddad': { head: 'hijab' },
  'Gareth Pryce': { head: 'flatTop', beard: true },
  'Tasha Bennett': { head: 'bangs', skin: 'ae5d29' },
};

const ROOT = path.resolve(import.meta.dirname ?? '.', '..');
const customers = new Set<string>();
for (const file of readdirSync(path.join(ROOT, 'stories')).filter((f) => f.endsWith('.ink'))) {
  const match = /^#\s*customer:\s*(.+)$/m.exec(
    readFileSync(path.join(ROOT, 'stories', file), 'utf8'),
  );
  if (match?.[1]) customers.add(match[1].trim());
}

for (const customer of [...customers].sort()) {
  const dir = path.join(ROOT, 'assets', 'faces', faceSlug(customer));
  mkdirSync(dir, { recursive: true });
  const look = LOOKS[customer];
  for (const mood of MOODS) {
    const svg = createAvatar(openPeeps, {
      seed: customer,
      face: [FACE_FOR[mood]],
      maskProbability: 0,
      accessoriesProbability: 0,
      ...(look
        ? {
            head: [look.head],
            facialHairProbability: look.beard ? 100 : 0,
            ...(look.grey ? { headContrastColor: ['d6d3cf'] } : {}),
            ...(look.skin ? { skinColor: [look.skin] } : {}),
          }
        : {}),
    }).toString();
    writeFileSync(path.join(dir, `${mood}.svg`), svg);
  }
  console.log(`assets/faces/${faceSlug(customer)}/ (${MOODS.length} moods)`);
}
