import { locate, locateKnot, type Diagnostic } from './diagnostic.ts';
import type { LuckGame, LuckOdds, RollThatMatters } from './luck-odds.ts';
import { qualityLabel, type QualityId } from './qualities.ts';

// A draw as Inky users write one: a shuffle (`{~`, `shuffle`), RANDOM() or LIST_RANDOM().
const DRAWS =
  /\{\s*~|\{\s*(stopping\s+|once\s+)?shuffle\b|\bshuffle(\s+once|\s+stopping)?\s*:|\b(LIST_)?RANDOM\s*\(/;

const drawIndex = (lines: readonly string[], from = 0) =>
  lines.findIndex((l, i) => i >= from && DRAWS.test(l.replace(/\/\/.*$/, '').replace(/#.*$/, '')));

/** The first line that draws a random number. */
export function randomLine(
  sources: ReadonlyMap<string, string>,
): { file: string; line: number } | undefined {
  for (const [file, text] of sources) {
    const index = drawIndex(text.split(/\r?\n/));
    if (index >= 0) return { file, line: index + 1 };
  }
  return undefined;
}

type Spot = { file: string; line: number };

/** Where the source part ink names `site` begins (a knot, a stitch in it, or the story's top). */
function siteStart(site: string, sources: ReadonlyMap<string, string>, rootFile: string) {
  const [knot, stitch] = site.split('.');
  if (knot === undefined || /^\d+$/.test(knot))
    return sources.has(rootFile) ? { file: rootFile, line: 1 } : undefined;
  const opens = locateKnot(knot, sources);
  if (!opens || !stitch || !/^[A-Za-z_]\w*$/.test(stitch)) return opens;
  const lines = sources.get(opens.file)!.split(/\r?\n/);
  const index = lines.findIndex(
    (l, i) => i >= opens.line && new RegExp(`^\\s*=\\s*${stitch}\\b`).test(l),
  );
  return index >= 0 ? { file: opens.file, line: index + 1 } : opens;
}

/**
 * Where a roll's draw is written: in the knot (or stitch, or the story's top) that ink says drew
 * it, the first draw at or below the choice the roll follows when that choice is written there,
 * else the first draw of that part. Without such a draw, the first draw at or below the choice,
 * else the story's first draw. Read from the text, so of two draws in one part the first is named.
 */
export function drawLine(
  sources: ReadonlyMap<string, string>,
  roll: Pick<RollThatMatters, 'after' | 'sites'> | undefined,
  rootFile: string,
): Spot | undefined {
  const choice = roll?.after === undefined ? undefined : locate(`[${roll.after}`, sources);
  for (const site of roll?.sites ?? []) {
    const from = siteStart(site, sources, rootFile);
    if (!from) continue;
    const lines = sources.get(from.file)!.split(/\r?\n/);
    // The part ends where the next knot opens.
    const next = lines.findIndex((l, i) => i >= from.line && /^\s*={2,}/.test(l));
    const end = next < 0 ? lines.length : next;
    const inPart = choice?.file === from.file && choice.line >= from.line && choice.line <= end;
    const index = drawIndex(lines, inPart ? choice.line - 1 : from.line - 1);
    if (index >= 0 && index < end) return { file: from.file, line: index + 1 };
  }
  const text = choice && sources.get(choice.file);
  if (choice && text !== undefined) {
    const index = drawIndex(text.split(/\r?\n/), choice.line - 1);
    if (index >= 0) return { file: choice.file, line: index + 1 };
  }
  return randomLine(sources);
}

const points = (n: number) => `${n} ${Math.abs(n) === 1 ? 'point' : 'points'}`;

/** Qualities whose best luck moves, as 'Listening: sure of 0, up to 2'. */
export function movedQualities(game: LuckGame): string[] {
  return Object.entries(game.qualities)
    .filter(([, o]) => o.bestSure !== o.bestLucky)
    .map(
      ([q, o]) => `${qualityLabel(q as QualityId)}: sure of ${o.bestSure}, up to ${o.bestLucky}`,
    );
}

/** 'sure of 2 points whatever the rolls, 3 with the rolls on its side': the best play's odds. */
export const bestOdds = (o: LuckOdds) =>
  `the best play is sure of ${points(o.bestSure)} whatever the rolls, and earns ${points(o.bestLucky)} with the rolls on its side`;

/**
 * The warning that luck changes what the best learner can earn, at the first draw that does,
 * or nothing when the best play is sure of its best whatever the rolls.
 */
export function luckWarning(
  game: LuckGame,
  sources: ReadonlyMap<string, string>,
  rootFile: string,
): Diagnostic | undefined {
  if (game.total.bestSure === game.total.bestLucky) return undefined;
  const moved = movedQualities(game);
  return {
    ...(drawLine(sources, game.rolls[0], rootFile) ?? { file: rootFile, line: 1 }),
    severity: 'warning',
    rule: 'judgement',
    message: `luck decides how much a learner can earn: ${bestOdds(game.total)}${moved.length ? ` (${moved.join('; ')})` : ''}${game.exact ? '' : ` (approximate: ${game.cut ?? 'a bound was hit'})`}`,
    hint: 'each learner is read against what their own rolls allow, so a perfect play still reads 100%; to make the rolls fair, give every outcome of a draw the same best total',
  };
}
