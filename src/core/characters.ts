import type { Look } from './looks.ts';
import { tagsInSource } from './source-tags.ts';
import { parseTag } from './tags.ts';

export interface Character {
  name: string;
  /** What the story says they look like, if it says; the rest comes from the name. */
  look?: Look;
}

/** The learner's own lines are spoken as "You": they get no face. */
const LEARNER = 'you';

/**
 * Everyone a story names: its customer, every speaker and everyone given a look, in the order they
 * first appear. Bad tags are left to the checker; here they are skipped.
 */
export function charactersOf(source: string): Character[] {
  const found = new Map<string, Character>();
  const meet = (name: string) => {
    const key = name.trim();
    if (!key || key.toLowerCase() === LEARNER) return undefined;
    let character = found.get(key);
    if (!character) found.set(key, (character = { name: key }));
    return character;
  };
  for (const { body } of tagsInSource(source)) {
    if (body.includes('{')) continue;
    const result = parseTag(body);
    if (!result.ok) continue;
    const tag = result.value;
    if (tag.kind === 'global' && tag.key === 'customer') meet(tag.value);
    else if (tag.kind === 'speaker') meet(tag.name);
    else if (tag.kind === 'presence') for (const name of tag.change.names) meet(name);
    else if (tag.kind === 'look') {
      const character = meet(tag.name);
      if (character) character.look = { ...character.look, ...tag.look };
    }
  }
  return [...found.values()];
}
