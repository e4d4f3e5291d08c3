import type { StoryLine } from '../../core/beat.ts';
import type { Mood } from '../../core/moods.ts';
import type { FaceLibrary } from '../stage/face-images.ts';
import { h } from './h.ts';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !/^(Mr|Mrs|Ms|Dr|Mx)\.?$/.test(w))
    .map((w) => w[0])
    .slice(0, 2)
    .join('')
    .toUpperCase();

/**
 * How the box types a line. The whole line is in the box from the start, its untyped letters
 * invisible: the box has its final size at once (nothing below it jumps as lines wrap), and typing
 * a letter only shows it, which costs the page a repaint of the box rather than a new layout.
 */
interface Typing {
  lay(text: string): void;
  /** Shows the first `chars` characters. */
  type(chars: number): void;
}

/**
 * The line as one piece of text, its untyped rest a CSS highlight drawn transparent: a typed
 * letter moves the highlight's start, which repaints the words and restyles no element. (A span
 * per letter, shown by a class, cost a style recalculation of the box on every tick.) Undefined
 * where the browser has no CSS Custom Highlight API.
 */
function highlightTyping(text: HTMLElement): Typing | undefined {
  if (typeof Highlight === 'undefined' || !CSS.highlights) return undefined;
  const rest = new Range();
  // One registry per page: the newest box's line is the one on screen.
  CSS.highlights.set('box-untyped', new Highlight(rest));
  let node = new Text('');
  return {
    lay: (line) => {
      node = new Text(line);
      text.replaceChildren(node);
    },
    type: (chars) => {
      let at = Math.min(chars, node.length);
      // Never between the two halves of a character written as a surrogate pair (an emoji).
      if (/[\uDC00-\uDFFF]/.test(node.data[at] ?? '')) at++;
      rest.setStart(node, at);
      rest.setEnd(node, node.length);
    },
  };
}

/** One span per character, hidden until typed. */
function spanTyping(text: HTMLElement): Typing {
  let letters: HTMLElement[] = [];
  let typed = 0;
  return {
    lay: (line) => {
      letters = Array.from(line, (letter) => h('span', { class: 'untyped' }, letter));
      typed = 0;
      text.replaceChildren(...letters);
    },
    type: (chars) => {
      const to = Math.min(chars, letters.length);
      for (let i = typed; i < to; i++) letters[i]?.classList.remove('untyped');
      for (let i = to; i < typed; i++) letters[i]?.classList.add('untyped');
      typed = to;
    },
  };
}

/**
 * The line being said, over the stage: who says it, their face and the words as they type out.
 * It repeats what the transcript holds, so it is hidden from screen readers; a tap on it is the
 * same as Continue.
 */
export class DialogueBox {
  readonly element: HTMLElement;
  private readonly portrait = h('div', { class: 'box-portrait' });
  private readonly name = h('p', { class: 'box-name' });
  private readonly text = h('p', { class: 'box-text' });
  private line: StoryLine | undefined;
  private readonly typing: Typing;

  constructor(
    private readonly faces: FaceLibrary | undefined,
    onTap: () => void,
  ) {
    this.typing = highlightTyping(this.text) ?? spanTyping(this.text);
    this.element = h(
      'div',
      { class: 'dialogue-box', 'aria-hidden': 'true', hidden: true, onclick: onTap },
      this.portrait,
      h('div', { class: 'box-body' }, this.name, this.text),
    );
  }

  /** Shows `line` with its first `chars` characters; `mood` is the face its speaker wears. */
  show(line: StoryLine, chars: number, mood: Mood): void {
    this.element.hidden = false;
    if (line !== this.line) {
      this.line = line;
      this.element.classList.toggle('box-narration', !line.speaker);
      this.element.dataset.speaker = line.speaker ?? '';
      this.name.textContent = line.speaker ?? '';
      this.drawPortrait(line.speaker, mood);
      this.typing.lay(line.text);
    }
    this.typing.type(chars);
    this.element.classList.toggle('typing', chars < line.text.length);
  }

  private drawPortrait(speaker: string | undefined, mood: Mood): void {
    this.portrait.replaceChildren();
    if (!speaker || speaker === 'You') return;
    const picture = this.faces?.now(speaker, mood);
    if (picture) {
      this.portrait.append(h('img', { src: picture.src, alt: '' }));
      return;
    }
    this.portrait.append(h('span', { class: 'box-initials' }, initials(speaker)));
    // Faces arrive a moment after the words: swap them in if this line is still showing.
    const line = this.line;
    void this.faces?.faces(speaker).then((images) => {
      const image = images?.get(mood);
      if (image && this.line === line)
        this.portrait.replaceChildren(h('img', { src: image.src, alt: '' }));
    });
  }
}
