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
  /** One span per character of the line, hidden until typed; the line is laid out once. */
  private letters: HTMLElement[] = [];
  private typed = 0;

  constructor(
    private readonly faces: FaceLibrary | undefined,
    onTap: () => void,
  ) {
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
      this.lay(line.text);
    }
    this.type(Math.min(chars, this.letters.length));
    this.element.classList.toggle('typing', chars < this.letters.length);
  }

  /**
   * The whole line is in the box from the start, its untyped letters invisible: the box has its
   * final size at once (nothing below it jumps as lines wrap), and typing a letter only shows it,
   * which costs the page a repaint of the box rather than a new layout on every letter.
   */
  private lay(text: string): void {
    this.letters = Array.from(text, (letter) => h('span', { class: 'untyped' }, letter));
    this.typed = 0;
    this.text.replaceChildren(...this.letters);
  }

  private type(chars: number): void {
    for (let i = this.typed; i < chars; i++) this.letters[i]?.classList.remove('untyped');
    for (let i = chars; i < this.typed; i++) this.letters[i]?.classList.add('untyped');
    this.typed = chars;
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
