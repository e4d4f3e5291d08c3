/**
 * Team names are shown on a projector, in a spreadsheet and to every team after the reveal, so two
 * teams must never look alike there. Two steps: `cleanTeamName` is the text shown (NFKC, one line,
 * no invisible or control characters); `nameKey` is what "taken" compares, a look-alike skeleton.
 */

// Characters that render as nothing or as a blank but are not whitespace to \s: default-ignorable
// code points (zero-width joiners, Hangul fillers such as U+3164, variation selectors), controls,
// format characters, and the braille blank U+2800 that renders as an empty cell.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;
const SPACES = /[\s\p{Z}]+/gu;

export function cleanTeamName(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

// Letters from other scripts that look like Latin ones in the usual fonts (a subset of Unicode's
// confusables.txt, chosen for the Cyrillic and Greek letters a keyboard can type), and the digit
// and letter shapes that pass for each other on a projector.
const FROM = 'АВЕКМНОРСТХУЅІЈӀԚԜаеёорсухѕіјԁһԛԝүӏкмтнвΑΒΕΖΗΙΚΜΝΟΡΤΥΧαορικνυχɡıi1|0';
const TO = 'abekmhopctxysljlqwaeeopcyxsljdhqwylkmthbabezhlkmnoptyxaoplkvuxgllllo';
const LOOK_ALIKE = new Map([...FROM].map((c, i) => [c, TO[i]!]));

/**
 * The key two names are compared by: case, accents, spacing and look-alike letters from other
 * scripts fold away, so `Alpha`, `ALPHA`, `Аlpha` (Cyrillic А), `Alpha⠀` and `A l p h a` are one name.
 */
export function nameKey(name: string): string {
  const folded = [...cleanTeamName(name).normalize('NFKD').replace(/\p{M}/gu, '')]
    .map((c) => LOOK_ALIKE.get(c) ?? LOOK_ALIKE.get(c.toLowerCase()) ?? c.toLowerCase())
    .join('');
  return folded
    .replace(/[\s\p{P}]/gu, '')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w');
}
