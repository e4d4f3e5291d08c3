import { AMBIENCE_IDS, SCENE_IDS, STORY_SOUND_IDS } from '../core/asset-ids.ts';
import { BARRIER_IDS } from '../core/barriers.ts';
import { MOODS } from '../core/moods.ts';
import { QUALITY_IDS } from '../core/qualities.ts';
import { CHOICE_KEYS, GLOBAL_KEYS, LINE_KEYS, OPTION_KEYS, OUTCOMES } from '../core/tags.ts';

export interface Suggestion {
  label: string;
  /** What kind of name it is, shown beside it. */
  detail: string;
}

/** What to offer at the cursor: `from` is where the word being completed starts on the line. */
export interface Suggestions {
  from: number;
  options: Suggestion[];
}

const VALUES: Record<string, readonly string[]> = {
  mood: MOODS,
  scene: SCENE_IDS,
  setting: SCENE_IDS,
  sfx: STORY_SOUND_IDS,
  ambience: AMBIENCE_IDS,
  barrier: BARRIER_IDS,
  outcome: OUTCOMES,
};

const named = (detail: string) => (label: string) => ({ label, detail });

const TAG_NAMES: Suggestion[] = [
  ...[...LINE_KEYS, ...CHOICE_KEYS].map((k) => named('tag')(`${k}: `)),
  ...[...GLOBAL_KEYS, ...OPTION_KEYS].map((k) => named('global tag')(`${k}: `)),
  ...QUALITY_IDS.map((q) => named('quality')(`${q} +`)),
];

/**
 * Names a trainer may mean at the end of `before` (the line up to the cursor): tag names after
 * '#', their values after '#mood:', '#scene:' and the like, and knots, stitches, END and DONE
 * after a divert. Undefined when nothing fits.
 */
export function suggestAt(before: string, knots: readonly string[]): Suggestions | undefined {
  const divert = /(?:->|<-)\s*([\w.]*)$/.exec(before);
  if (divert) {
    const word = divert[1] ?? '';
    return {
      from: before.length - word.length,
      options: [
        ...knots.map(named('knot')),
        named('ends the story')('END'),
        named('ends the flow')('DONE'),
      ],
    };
  }
  const value = /#\s*(\w+):\s*([\w-]*)$/.exec(before);
  if (value) {
    const values = VALUES[value[1] ?? ''];
    if (!values) return undefined;
    const word = value[2] ?? '';
    return { from: before.length - word.length, options: values.map(named(value[1] ?? '')) };
  }
  const tag = /#\s*(\w*)$/.exec(before);
  if (tag) return { from: before.length - (tag[1] ?? '').length, options: TAG_NAMES };
  return undefined;
}
