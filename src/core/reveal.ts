/**
 * How a beat's lines are revealed: each line types out at the learner's speed, holds long enough
 * to read, then the next begins. Pure arithmetic and state, so the view only runs the clock.
 */
export interface RevealPosition {
  /** Index of the line being shown. */
  line: number;
  /** How many of its characters are showing. */
  chars: number;
}

/** How long a fully typed line stays before the next one starts, in milliseconds. */
export function holdMs(text: string, msPerCharacter: number): number {
  return Math.min(2500, Math.max(700, text.length * msPerCharacter));
}

/** Characters of `text` showing `elapsedMs` after it began typing. */
export function charsAt(text: string, elapsedMs: number, msPerCharacter: number): number {
  if (msPerCharacter <= 0) return text.length;
  return Math.min(text.length, Math.floor(elapsedMs / msPerCharacter));
}

/**
 * What a tap, click, Space or Enter does: finish the line being typed, or go on to the next one;
 * 'done' after the last line.
 */
export function advance(lines: readonly string[], at: RevealPosition): RevealPosition | 'done' {
  const text = lines[at.line] ?? '';
  if (at.chars < text.length) return { line: at.line, chars: text.length };
  if (at.line + 1 < lines.length) return { line: at.line + 1, chars: 0 };
  return 'done';
}
