import type { Diagnostic } from './diagnostic.ts';

/** Where the menu's recommended order is kept: one list, beside the stories it orders. */
export const MENU_ORDER_FILE = 'stories/menu-order.txt';

export interface MenuOrder {
  /** Story ids (file names without `.ink`) in the recommended order; the first is "Start here". */
  ids: string[];
  problems: Diagnostic[];
}

/**
 * Reads the order list: one story id per line; `#` starts a comment (the reason a story sits where
 * it does); blank lines are ignored. `known` is the set of story ids there are: a name that is not
 * a story, or a story named twice, is an error at its line, and the rest of the list still counts.
 */
export function parseMenuOrder(text: string, known?: ReadonlySet<string>): MenuOrder {
  const ids: string[] = [];
  const problems: Diagnostic[] = [];
  const problem = (line: number, message: string, hint?: string) =>
    problems.push({
      file: MENU_ORDER_FILE,
      line,
      severity: 'error',
      message,
      ...(hint && { hint }),
    });
  text.split(/\r?\n/).forEach((raw, i) => {
    const id = (raw.split('#')[0] ?? '').trim().replace(/\.ink$/, '');
    if (id === '') return;
    if (/\s/.test(id)) problem(i + 1, `'${id}' is not one story id`, 'one story per line');
    else if (known && !known.has(id))
      problem(i + 1, `'${id}' is not a story in stories/`, `expected stories/${id}.ink`);
    else if (ids.includes(id)) problem(i + 1, `'${id}' is listed twice`, 'keep its first place');
    else ids.push(id);
  });
  return { ids, problems };
}

/**
 * The menu's order: listed stories first, as listed; the rest after them, by title, so a story a
 * trainer has just added shows without editing the list.
 */
export function inMenuOrder<T>(
  entries: readonly T[],
  order: readonly string[],
  idOf: (entry: T) => string,
  titleOf: (entry: T) => string,
): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const place = (e: T) => rank.get(idOf(e)) ?? Infinity;
  return [...entries].sort((a, b) => {
    const byList = place(a) - place(b);
    if (byList !== 0 && !Number.isNaN(byList)) return byList;
    return titleOf(a).localeCompare(titleOf(b));
  });
}

/** The story a first-time learner is pointed to: the first listed one on offer, if any. */
export function startHere(
  available: readonly string[],
  order: readonly string[],
): string | undefined {
  return order.find((id) => available.includes(id));
}
