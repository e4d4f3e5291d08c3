import type { ChoiceOption, StoryLine } from '../../core/beat.ts';
import type { Mood } from '../../core/moods.ts';
import { castWords, openingCast, type Cast } from '../../core/presence.ts';
import type { FaceLibrary } from '../stage/face-images.ts';
import { choiceGroup, markSettled, settleGuard, type ChoiceGroup } from './choice-group.ts';
import { confirmDialog } from './confirm-dialog.ts';
import { DialogueBox } from './dialogue-box.ts';
import { h } from './h.ts';
import { encounterKey } from './encounter-keys.ts';
import { lineReveal, type Revealing } from './line-reveal.ts';
import { TranscriptLog } from './transcript-log.ts';

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
   * Where focus goes when new choices or the ending appear: to the choices' group, announced
   * with its hint, or to the ending's button (the default, so keyboard play flows on), or nowhere
   * ('keep'), for a device waiting on someone else. Never onto a choice: the Space or Enter that
   * moved the last line on must not pick it.
   */
  focus?: 'group' | 'keep';
  /** Faces for the dialogue box; without them it shows initials. */
  faces?: FaceLibrary;
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
  private readonly transcript = new TranscriptLog();
  private readonly actions: HTMLElement;
  private readonly stageLabel: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly moodNews: HTMLElement;
  private lastMood: Mood | undefined;
  private revealing: Revealing | undefined;
  private readonly box: DialogueBox;
  private readonly section: HTMLElement;
  private choiceCount = 0;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);

  private readonly customer: string;
  private cast: Cast;
  private choiceButtons: HTMLButtonElement[] = [];
  private choices: ChoiceGroup | undefined;

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
      h('div', { class: 'dialogue' }, this.transcript.element, this.actions),
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
    const revealing = lineReveal(lines, msPerCharacter, {
      show: (line, chars) => this.boxShows(line, chars),
      write: (shown) => this.appendLines(shown),
      hear: onLine,
      done: () => {
        this.revealing = undefined;
        done();
      },
    });
    if (!revealing) return;
    this.choiceCount = 0;
    const onward = h(
      'button',
      { type: 'button', class: 'continue', onclick: () => revealing.next() },
      'Continue',
    );
    const skip = h(
      'button',
      { type: 'button', class: 'skip', onclick: () => revealing.all() },
      'Show all',
    );
    this.actions.replaceChildren(h('div', { class: 'reveal-buttons' }, onward, skip));
    this.section.classList.remove('choosing');
    this.revealing = revealing;
    onward.focus();
    revealing.start();
  }

  private boxShows(line: StoryLine | undefined, chars: number): void {
    if (!line) return;
    const mood = line.speaker === this.customer ? (this.lastMood ?? 'calm') : 'calm';
    this.box.show(line, Math.min(chars, line.text.length), mood);
  }

  private stopReveal(): void {
    this.revealing?.stop();
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
    this.transcript.append(lines);
  }

  showChoices(choices: readonly Pick<ChoiceOption, 'text'>[]): void {
    this.choiceCount = choices.length;
    this.choices?.stop();
    this.choices = choiceGroup(choices, (i) => this.choose(i));
    const { group, buttons } = this.choices;
    this.actions.replaceChildren(group);
    this.section.classList.add('choosing');
    this.choiceButtons = buttons;
    if (this.options.focus !== 'keep') {
      group.focus({ preventScroll: true });
      // The first choice into view, then the rest too where they fit.
      buttons[0]?.scrollIntoView({ block: 'nearest' });
      group.scrollIntoView({ block: 'nearest' });
      this.keepQuestionInView(buttons);
    }
  }

  /**
   * Where the page is the one scrolling region (phones, portrait tablets), the choices alone in
   * view left the line they answer under the pinned stage. Bring that line up to just below the
   * stage (its scroll-margin), as long as the first choice stays on screen. Where the stage sits
   * beside the choices (a phone held sideways) the choices have the height to themselves, and
   * all of them in view comes first.
   */
  private keepQuestionInView(buttons: readonly HTMLElement[]): void {
    const log = this.transcript.element;
    const last = log.lastElementChild;
    const [first, final] = [buttons[0], buttons[buttons.length - 1]];
    if (!first || !final || !last || getComputedStyle(log).overflowY !== 'visible') return;
    const below = (e: Element) => e.getBoundingClientRect().bottom > window.innerHeight + 0.5;
    const stage = this.stageHost.getBoundingClientRect();
    const beside = stage.right <= first.getBoundingClientRect().left;
    const allShown = !below(final);
    const before = window.scrollY;
    last.scrollIntoView({ block: 'start' });
    if (below(first) || (beside && allShown && below(final))) window.scrollTo(0, before);
  }

  showEnded(ending: string | undefined): void {
    this.choiceCount = 0;
    this.choiceButtons = [];
    // It comes up where Continue was: the second tap of a double tap, or one more Space, must not
    // open the debrief, so it settles as new choices do.
    const shown: HTMLElement[] = [];
    const guard = settleGuard(markSettled(shown));
    const next = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        'aria-disabled': 'true',
        onpointerdown: (event: Event) => guard.pressed(event),
        onclick: ((event: MouseEvent) =>
          guard.accepts(event) && this.options.onDebrief()) as EventListener,
      },
      'See your debrief',
    );
    shown.push(next);
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
    this.choices?.stop();
    this.transcript.destroy();
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
    if (index >= this.choiceCount || !this.choices?.settled()) return;
    this.choiceCount = 0; // no double submits while the next beat renders
    // The learner's own words stay in the transcript, before the reply they draw.
    const said = this.choiceButtons[index]?.querySelector('.choice-text')?.textContent ?? '';
    if (said) this.appendLines([{ speaker: 'You', text: said, sfx: [] }]);
    this.options.onChoose(index);
  }

  private handleKey(event: KeyboardEvent): void {
    const key = encounterKey(event, this.revealing !== undefined, this.choiceCount);
    if (key === undefined) return;
    event.preventDefault();
    if (key === 'next') this.revealing?.next();
    else this.choose(key);
  }
}
