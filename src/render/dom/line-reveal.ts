import type { StoryLine } from '../../core/beat.ts';
import { advance, charsAt, holdMs, type RevealPosition } from '../../core/reveal.ts';

/** What a reveal does to the page as it runs; the view says how. */
export interface RevealHooks {
  /** The dialogue box shows `line` with its first `chars` characters (Infinity: all of it). */
  show(line: StoryLine | undefined, chars: number): void;
  /**
   * Lines that have been shown join the transcript, in order: each once the box has moved past it
   * or the reveal has ended, so while lines type out none is in the box and the transcript at once.
   */
  write(lines: readonly StoryLine[]): void;
  /** Every line, text or not, just before it shows. */
  hear(line: StoryLine): void;
  /** Every line has been shown: the choices or the ending come next. */
  done(): void;
}

/** A reveal under way: what Continue, a tap, Space or Enter and Show all do to it. */
export interface Revealing {
  /** Types the first line; called once the page around the box is ready. */
  start(): void;
  /** Finishes the line being typed, or moves on to the next one. */
  next(): void;
  /** Shows every line at once. */
  all(): void;
  /** Stops the clock without showing more (the view is going away or a new beat came). */
  stop(): void;
}

/**
 * Runs a beat's lines through the box: each typed out at `msPerCharacter` and then held a moment
 * (core's reveal arithmetic), joining the transcript once the box moves on. With no speed or no text,
 * the whole beat is shown at once and undefined returned.
 */
export function lineReveal(
  lines: readonly StoryLine[],
  msPerCharacter: number,
  hooks: RevealHooks,
): Revealing | undefined {
  const visible = lines.filter((l) => l.text !== '');
  const texts = visible.map((l) => l.text);
  let heard = 0;
  const hearThrough = (line: StoryLine | undefined) => {
    while (heard < lines.length) {
      const l = lines[heard++] as StoryLine;
      hooks.hear(l);
      if (l === line) return;
    }
  };
  let written = 0;
  const writeThrough = (index: number) => {
    hooks.write(visible.slice(written, index + 1));
    written = Math.max(written, index + 1);
  };
  const last = visible.length - 1;
  if (msPerCharacter <= 0 || visible.length === 0) {
    hearThrough(undefined);
    writeThrough(last);
    hooks.show(visible[last], Infinity);
    hooks.done();
    return undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let at: RevealPosition = { line: 0, chars: 0 };
  let startedAt = 0;
  const typed = () => {
    hooks.show(visible[at.line], at.chars);
    timer = setTimeout(next, holdMs(texts[at.line] ?? '', msPerCharacter));
  };
  const tick = () => {
    at = {
      line: at.line,
      chars: charsAt(texts[at.line] ?? '', performance.now() - startedAt, msPerCharacter),
    };
    if (at.chars >= (texts[at.line] ?? '').length) return typed();
    hooks.show(visible[at.line], at.chars);
    timer = setTimeout(tick, 33);
  };
  const begin = (index: number) => {
    if (index > 0) writeThrough(index - 1);
    hearThrough(visible[index]);
    at = { line: index, chars: 0 };
    startedAt = performance.now();
    tick();
  };
  const stop = () => clearTimeout(timer);
  const all = () => {
    stop();
    hearThrough(undefined);
    writeThrough(last);
    hooks.show(visible[last], Infinity);
    hooks.done();
  };
  function next() {
    stop();
    const to = advance(texts, at);
    if (to === 'done') return all();
    if (to.line === at.line) {
      at = to;
      return typed();
    }
    begin(to.line);
  }
  return { start: () => begin(0), next, all, stop };
}
