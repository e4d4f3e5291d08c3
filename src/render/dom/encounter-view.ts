import type { ChoiceOption, StoryLine } from '../../core/beat.ts';
import type { Mood } from '../../core/moods.ts';
import { castWords, openingCast, type Cast } from '../../core/presence.ts';
import { advance, charsAt, holdMs, type RevealPosition } from '../../core/reveal.ts';
import type { FaceLibrary } from '../stage/face-images.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { DialogueBox } from './dialogue-box.ts';
import { h } from './h.ts';

/**
 * What an encounter view shows and whom it tells. A bar button appears only when its callback is
 * given: a workshop team device, whose path is its answer, passes no Start over and no Menu.
 */
export interface EncounterViewOptions {
  title: string;
  customer: string;
  onChoose(index: number): void;
  onDebrief(): void;
  onRestart?: () => void;
  onMenu?: () => void;
  onSettings?: () => void;
  /**
   * Where focus goes when new choices or the ending appear: to the first of them (the default,
   * so keyboard play flows on), or nowhere ('keep'), for a device waiting on someone else.
   */
  focus?: 'first' | 'keep';
  /** Faces for the dialogue box; without them it shows initials. */
  faces?: FaceLibrary;
}

/** A reveal under way: what Continue, a tap, Space or Enter and Show all do to it. */
interface Revealing {
  next(): void;
  all(): void;
}

const MOOD_WORDS: Record<Mood, string> = {
  calm: 'calm',
  worried: 'worried',
  frustrated: 'frustrated',
  angry: 'angry',
  relieved: 'relieved',
  delighted: 'delighted',
};

/**
 * The accessible half of an encounter: transcript, choices and controls as real DOM. It draws
 * what it is told and forwards input; the session decides everything.
 */
export class EncounterView {
  readonly stageHost: HTMLElement;
  private readonly transcript: HTMLElement;
  private readonly actions: HTMLElement;
  private readonly stageLabel: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly moodNews: HTMLElement;
  private lastMood: Mood | undefined;
  private revealTimer: ReturnType<typeof setTimeout> | undefined;
  private scrollFrame: number | undefined;
  private revealing: Revealing | undefined;
  private readonly box: DialogueBox;
  private readonly section: HTMLElement;
  private choiceCount = 0;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);

  private readonly customer: string;
  private cast: Cast;
  private choiceButtons: HTMLButtonElement[] = [];

  constructor(
    root: HTMLElement,
    private readonly options: EncounterViewOptions,
  ) {
    const { title, customer } = options;
    this.customer = customer;
    this.cast = openingCast(customer);
    const barButton = (label: string, onclick: (() => void) | undefined) =>
      onclick ? h('button', { type: 'button', class: 'link-button', onclick }, label) : null;
    this.stageHost = h('div', { class: 'stage-canvas', 'aria-hidden': 'true' });
    this.stageLabel = h('p', { class: 'stage-label' });
    this.transcript = h('div', {
      class: 'transcript',
      role: 'log',
      'aria-label': 'Transcript',
      'aria-live': 'polite',
      // Long transcripts scroll: the region must be reachable by keyboard to scroll it.
      tabindex: '0',
    });
    this.actions = h('div', { class: 'actions' });
    this.notice = h('div', { class: 'notice', role: 'status' });
    this.moodNews = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.box = new DialogueBox(options.faces, () => this.revealing?.next());
    this.section = h(
      'section',
      { class: 'screen encounter', 'aria-labelledby': 'encounter-heading' },
      h(
        'header',
        { class: 'encounter-bar' },
        h('h1', { id: 'encounter-heading' }, title),
        h(
          'div',
          { class: 'bar-buttons' },
          barButton('Start over', options.onRestart && (() => this.askToRestart())),
          barButton('Settings', options.onSettings),
          barButton('Menu', options.onMenu),
        ),
      ),
      this.notice,
      this.moodNews,
      h(
        'div',
        { class: 'stage', role: 'img', 'aria-label': `${customer}` },
        this.stageHost,
        this.box.element,
        this.stageLabel,
      ),
      h('div', { class: 'dialogue' }, this.transcript, this.actions),
    );
    root.replaceChildren(this.section);
    document.addEventListener('keydown', this.onKey);
  }

  showNotice(text: string): void {
    this.notice.textContent = text;
    this.notice.classList.toggle('visible', text !== '');
  }

  /** Who is on stage changed: the caption (and the picture's name) says who is there. */
  setCast(cast: Cast): void {
    this.cast = cast;
    this.label();
  }

  private label(): void {
    const text = castWords(this.cast, this.customer, MOOD_WORDS[this.lastMood ?? 'calm']);
    if (this.stageLabel.textContent === text) return;
    this.stageLabel.textContent = text;
    this.stageHost.parentElement?.setAttribute('aria-label', text);
  }

  setMood(mood: Mood): void {
    const before = this.lastMood;
    this.lastMood = mood;
    this.label();
    // The first mood is part of the scene; later changes are news worth a polite announcement.
    if (before !== undefined && mood !== before)
      this.moodNews.textContent = `${this.customer} now looks ${MOOD_WORDS[mood]}`;
  }

  /**
   * Shows a beat's lines one after another in the dialogue box, each typed out at the learner's
   * speed and then held a moment; a line joins the transcript once it is fully shown. Continue (or
   * a tap on the box, Space, Enter) finishes a line or moves on; Show all skips to the choices.
   * `onLine` hears every line, text or not, just before it shows. Speed 0 shows the beat at once.
   */
  reveal(
    lines: readonly StoryLine[],
    msPerCharacter: number,
    done: () => void,
    onLine: (line: StoryLine) => void = () => undefined,
  ): void {
    this.stopReveal();
    const visible = lines.filter((l) => l.text !== '');
    const texts = visible.map((l) => l.text);
    let heard = 0;
    const hearThrough = (line: StoryLine | undefined) => {
      while (heard < lines.length) {
        const l = lines[heard++] as StoryLine;
        onLine(l);
        if (l === line) return;
      }
    };
    let written = 0;
    const writeThrough = (index: number) => {
      this.appendLines(visible.slice(written, index + 1));
      written = Math.max(written, index + 1);
    };
    const last = visible.length - 1;
    if (msPerCharacter <= 0 || visible.length === 0) {
      hearThrough(undefined);
      writeThrough(last);
      this.boxShows(visible[last], Infinity);
      done();
      return;
    }
    this.choiceCount = 0;
    let at: RevealPosition = { line: 0, chars: 0 };
    let startedAt = 0;
    const typed = () => {
      this.boxShows(visible[at.line], at.chars);
      writeThrough(at.line);
      this.revealTimer = setTimeout(next, holdMs(texts[at.line] ?? '', msPerCharacter));
    };
    const tick = () => {
      at = {
        line: at.line,
        chars: charsAt(texts[at.line] ?? '', performance.now() - startedAt, msPerCharacter),
      };
      if (at.chars >= (texts[at.line] ?? '').length) return typed();
      this.boxShows(visible[at.line], at.chars);
      this.revealTimer = setTimeout(tick, 33);
    };
    const begin = (index: number) => {
      hearThrough(visible[index]);
      at = { line: index, chars: 0 };
      startedAt = performance.now();
      tick();
    };
    const finish = () => {
      this.stopReveal();
      hearThrough(undefined);
      writeThrough(last);
      this.boxShows(visible[last], Infinity);
      done();
    };
    const next = () => {
      clearTimeout(this.revealTimer);
      const to = advance(texts, at);
      if (to === 'done') return finish();
      if (to.line === at.line) {
        at = to;
        return typed();
      }
      begin(to.line);
    };
    const onward = h('button', { type: 'button', class: 'continue', onclick: next }, 'Continue');
    const skip = h('button', { type: 'button', class: 'skip', onclick: finish }, 'Show all');
    this.actions.replaceChildren(h('div', { class: 'reveal-buttons' }, onward, skip));
    this.section.classList.remove('choosing');
    this.revealing = { next, all: finish };
    onward.focus();
    begin(0);
  }

  private boxShows(line: StoryLine | undefined, chars: number): void {
    if (!line) return;
    const mood = line.speaker === this.customer ? (this.lastMood ?? 'calm') : 'calm';
    this.box.show(line, Math.min(chars, line.text.length), mood);
  }

  private stopReveal(): void {
    clearTimeout(this.revealTimer);
    this.revealing = undefined;
  }

  /**
   * A resumed play: the transcript so far, and the box as it was left, with the last line the
   * story said (not the learner's own words, which never show in the box) fully revealed.
   */
  resume(lines: readonly StoryLine[]): void {
    this.appendLines(lines);
    const said = lines.filter((l) => l.text !== '' && l.speaker !== 'You');
    this.boxShows(said[said.length - 1], Infinity);
  }

  appendLines(lines: readonly StoryLine[]): void {
    for (const line of lines) {
      if (line.text === '') continue;
      const p = h('p', { class: line.speaker ? 'line speech' : 'line narration' });
      if (line.speaker) p.append(h('span', { class: 'speaker' }, `${line.speaker}: `));
      p.append(line.text);
      this.transcript.append(p);
    }
    this.scrollToLatest();
  }

  /**
   * Scrolls the transcript to its newest line once, at the next frame: measured at once, every
   * line written (the learner's words, then each line of the reply) forced a layout of the page
   * in the middle of a choice or a reveal tick; at the frame, the layout is the one the frame
   * does anyway.
   */
  private scrollToLatest(): void {
    if (this.scrollFrame !== undefined) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = undefined;
      this.transcript.scrollTop = this.transcript.scrollHeight;
    });
  }

  showChoices(choices: readonly Pick<ChoiceOption, 'text'>[]): void {
    this.choiceCount = choices.length;
    const buttons = choices.map((choice, i) =>
      h(
        'button',
        { type: 'button', class: 'choice', onclick: () => this.choose(i) },
        h('span', { class: 'choice-key', 'aria-hidden': 'true' }, String(i + 1)),
        h('span', { class: 'choice-text' }, choice.text),
      ),
    );
    const group = h(
      'fieldset',
      { class: 'choices' },
      h('legend', {}, 'Choices'),
      h('p', { class: 'choice-hint' }, 'Pick one with a click, a tap, or the number keys.'),
      ...buttons,
    );
    this.actions.replaceChildren(group);
    this.section.classList.add('choosing');
    this.choiceButtons = buttons;
    if (this.options.focus !== 'keep') {
      buttons[0]?.focus();
      // Focus brings only the first choice into view; bring in the rest too where they fit.
      group.scrollIntoView({ block: 'nearest' });
    }
  }

  showEnded(ending: string | undefined): void {
    this.choiceCount = 0;
    this.choiceButtons = [];
    const next = h(
      'button',
      { type: 'button', class: 'primary', onclick: () => this.options.onDebrief() },
      'See your debrief',
    );
    this.actions.replaceChildren(
      h('p', { class: 'ending-reached' }, ending ? `Ending: ${ending}` : 'The story has ended.'),
      next,
    );
    if (this.options.focus !== 'keep') next.focus();
  }

  /** Greys out the choices on show (and their number keys) while something else decides. */
  setChoicesEnabled(enabled: boolean): void {
    for (const button of this.choiceButtons) button.disabled = !enabled;
    this.choiceCount = enabled ? this.choiceButtons.length : 0;
  }

  destroy(): void {
    this.stopReveal();
    if (this.scrollFrame !== undefined) cancelAnimationFrame(this.scrollFrame);
    document.removeEventListener('keydown', this.onKey);
  }

  /** Starting over drops this attempt's choices, so it asks first. */
  private askToRestart(): void {
    void confirmDialog({
      title: 'Start over?',
      body: 'Your choices in this scenario so far will be lost, and it starts again from the beginning.',
      confirm: 'Start over',
      cancel: 'Keep playing',
    }).then((yes) => yes && this.options.onRestart?.());
  }

  private choose(index: number): void {
    if (index >= this.choiceCount) return;
    this.choiceCount = 0; // no double submits while the next beat renders
    // The learner's own words stay in the transcript, before the reply they draw.
    const said = this.choiceButtons[index]?.querySelector('.choice-text')?.textContent ?? '';
    if (said) this.appendLines([{ speaker: 'You', text: said, sfx: [] }]);
    this.options.onChoose(index);
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (
      target &&
      (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
    )
      return;
    if (this.revealing && (event.key === ' ' || event.key === 'Enter')) {
      // A focused button or link acts on its own key; anywhere else the key moves the reveal on.
      if (target?.closest('button, a, [role="button"], dialog')) return;
      event.preventDefault();
      this.revealing.next();
      return;
    }
    if (!/^[1-9]$/.test(event.key)) return;
    const index = Number(event.key) - 1;
    if (index < this.choiceCount) {
      event.preventDefault();
      this.choose(index);
    }
  }
}
