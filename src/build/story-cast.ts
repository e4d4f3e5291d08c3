import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { charactersOf, type Character } from '../core/characters.ts';
import { faceSlug } from '../core/faces.ts';

/** Every .ink file under the stories folder, included parts too (they name speakers as well). */
export function inkFilesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return inkFilesUnder(full);
    return name.endsWith('.ink') ? [full] : [];
  });
}

/**
 * Everyone named in any story, by the folder their faces live in. A name in two stories is one
 * person; what each story says about their look is put together.
 */
export function castOf(files: readonly string[]): Map<string, Character> {
  const cast = new Map<string, Character>();
  for (const file of files) {
    for (const character of charactersOf(readFileSync(file, 'utf8'))) {
      const slug = faceSlug(character.name);
      const known = cast.get(slug);
      cast.set(
        slug,
        known ? { name: known.name, look: { ...character.look, ...known.look } } : character,
      );
    }
  }
  return cast;
}
