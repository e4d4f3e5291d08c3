import { closest } from './suggest.ts';
import { err, ok, type Result } from './result.ts';

/**
 * How a character looks, from a story's `# look: NAME: cue, cue` tag. The cues are plain words a
 * trainer would use; the build turns them into a face. Anything not said is chosen from the name,
 * so the same name is always the same person.
 */
export interface Look {
  hair?: HairCue;
  grey?: boolean;
  age?: 'young' | 'older';
  skin?: SkinCue;
  facialHair?: 'beard' | 'moustache' | 'clean-shaven';
  eyewear?: 'glasses' | 'sunglasses';
}

export const HAIR_CUES = [
  'short',
  'medium',
  'long',
  'curly',
  'bangs',
  'bun',
  'afro',
  'braids',
  'dreads',
  'bald',
  'shaved',
  'hijab',
  'turban',
  'beanie',
] as const;
export type HairCue = (typeof HAIR_CUES)[number];

export const SKIN_CUES = ['light', 'fair', 'tan', 'brown', 'dark'] as const;
export type SkinCue = (typeof SKIN_CUES)[number];

const OTHER_CUES = [
  'grey',
  'gray',
  'young',
  'older',
  'beard',
  'moustache',
  'clean-shaven',
  'glasses',
  'sunglasses',
] as const;

export const LOOK_CUES: readonly string[] = [...HAIR_CUES, ...SKIN_CUES, ...OTHER_CUES];

/** Words that read naturally in a cue ("long grey hair", "dark skin") but carry no meaning. */
const FILLER = new Set(['hair', 'haired', 'skin', 'skinned', 'with', 'and', 'a', 'wears']);

export type LookResult = Result<{ name: string; look: Look }, { message: string; hint?: string }>;

function add(look: Look, cue: string): string | undefined {
  const set = <K extends keyof Look>(key: K, value: Look[K], what: string) => {
    if (look[key] !== undefined && look[key] !== value)
      return `two ${what}: '${look[key]}' and '${value}'`;
    look[key] = value;
    return undefined;
  };
  if ((HAIR_CUES as readonly string[]).includes(cue))
    return set('hair', cue as HairCue, 'hair styles');
  if ((SKIN_CUES as readonly string[]).includes(cue))
    return set('skin', cue as SkinCue, 'skin tones');
  switch (cue) {
    case 'grey':
    case 'gray':
      look.grey = true;
      return undefined;
    case 'young':
    case 'older':
      return set('age', cue, 'ages');
    case 'beard':
    case 'moustache':
    case 'clean-shaven':
      return set('facialHair', cue, 'kinds of facial hair');
    default:
      return set('eyewear', cue as 'glasses' | 'sunglasses', 'kinds of glasses');
  }
}

/** Parses the value of a look tag: `Helen Marsh: older, grey bun, glasses`. */
export function parseLook(value: string): LookResult {
  const colon = value.indexOf(':');
  const name = (colon < 0 ? '' : value.slice(0, colon)).trim();
  if (!name) {
    return err({
      message: `'look:' needs a name, then a colon, then what they look like`,
      hint: 'write it as # look: Helen Marsh: older, grey bun, glasses',
    });
  }
  const words = value
    .slice(colon + 1)
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter((w) => w && !FILLER.has(w));
  if (words.length === 0) return err({ message: `'look:' for ${name} names no cues` });
  const look: Look = {};
  for (const word of words) {
    if (!LOOK_CUES.includes(word)) {
      const guess = closest(word, LOOK_CUES);
      return err({
        message: `unknown look cue '${word}' for ${name}`,
        hint: guess ? `did you mean '${guess}'?` : `cues are: ${LOOK_CUES.join(', ')}`,
      });
    }
    const clash = add(look, word);
    if (clash) return err({ message: `the look of ${name} has ${clash}` });
  }
  return ok({ name, look });
}
