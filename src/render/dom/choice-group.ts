import type { ChoiceOption } from '../../core/beat.ts';
import { h, uniqueId } from './h.ts';

/**
 * How long new choices ignore being picked. The last Continue often brings them up under the
 * finger (a double tap, a tap just as a line moves on by itself, Space pressed once more): a press
 * meant for the lines must never answer for the learner, and nobody reads a choice in half a second.
 */
export const SETTLE_MS = 450;

/** The choices on show: their group (where focus lands), their buttons, and whether a pick counts. */
export interface ChoiceGroup {
  group: HTMLFieldSetElement;
  buttons: HTMLButtonElement[];
  /** Whether the choices have been on show long enough to be picked (number keys ask this). */
  settled(): boolean;
  /** The choices are going away: their clock stops with them. */
  stop(): void;
}

/**
 * What keeps new buttons from being pressed too soon: settled SETTLE_MS after they appear, or after
 * the last press on them before then (a press while unsettled is the tail of tapping the lines on,
 * and the next tap of it must not count either). A click counts only once settled and, from a
 * pointer, only if the pointer went down on them once settled: a finger or mouse pressed on what
 * was there before cannot lift onto them. `onSettled` hears each change, to mark them aria-disabled.
 */
export interface SettleGuard {
  settled(): boolean;
  /** Whether this click counts. */
  accepts(click: MouseEvent): boolean;
  /** To be called on pointerdown on the guarded buttons (or their group). */
  pressed(event: Event): void;
  stop(): void;
}

export function settleGuard(onSettled: (settled: boolean) => void): SettleGuard {
  let settleFrom = performance.now();
  let pressedAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled = () => performance.now() - settleFrom >= SETTLE_MS;
  function unsettle(from: number): void {
    settleFrom = from;
    clearTimeout(timer);
    onSettled(false);
    timer = setTimeout(() => onSettled(true), SETTLE_MS - (performance.now() - from));
  }
  unsettle(settleFrom);
  return {
    settled,
    // A click from a key has no pointer (detail 0); one from a pointer needs a press since settling.
    accepts: (click) => settled() && (click.detail === 0 || pressedAt - settleFrom >= SETTLE_MS),
    pressed(event) {
      pressedAt = event.timeStamp;
      if (pressedAt - settleFrom < SETTLE_MS) unsettle(pressedAt);
    },
    stop: () => clearTimeout(timer),
  };
}

/** Marks buttons aria-disabled while `settled` is false, so browsers, tools and readers see it. */
export const markSettled = (buttons: readonly HTMLElement[]) => (settled: boolean) => {
  for (const button of buttons)
    if (settled) button.removeAttribute('aria-disabled');
    else button.setAttribute('aria-disabled', 'true');
};

/**
 * Builds the choices as a group of buttons that takes a pick only once settled (settleGuard),
 * aria-disabled until then. The arrow keys, Home and End move among them from the group or a
 * choice; Space and Enter on the group itself do nothing, so a pick always takes a deliberate move
 * onto a choice.
 */
export function choiceGroup(
  choices: readonly Pick<ChoiceOption, 'text'>[],
  pick: (index: number) => void,
): ChoiceGroup {
  const buttons: HTMLButtonElement[] = [];
  const guard = settleGuard(markSettled(buttons));
  buttons.push(
    ...choices.map((choice, i) =>
      h(
        'button',
        {
          type: 'button',
          class: 'choice',
          'aria-disabled': 'true',
          onclick: ((event: MouseEvent) => guard.accepts(event) && pick(i)) as EventListener,
        },
        h('span', { class: 'choice-key', 'aria-hidden': 'true' }, String(i + 1)),
        h('span', { class: 'choice-text' }, choice.text),
      ),
    ),
  );
  const hint = uniqueId('choice-hint');
  const group = h(
    'fieldset',
    {
      class: 'choices',
      tabindex: -1,
      'aria-describedby': hint,
      onpointerdown: (event: Event) => guard.pressed(event),
      onkeydown: ((event: KeyboardEvent) => {
        const to = arrowTarget(event, buttons);
        if (!to) return;
        event.preventDefault();
        to.focus();
      }) as EventListener,
    },
    h('legend', {}, 'Choices'),
    h(
      'p',
      { class: 'choice-hint', id: hint },
      'Pick one with a click, a tap or its number key, or reach it with Tab or the arrow keys and press Enter.',
    ),
    ...buttons,
  );
  return { group, buttons, settled: guard.settled, stop: guard.stop };
}

/** Where an arrow key, Home or End moves focus among `buttons`; undefined for any other key. */
function arrowTarget(
  event: KeyboardEvent,
  buttons: readonly HTMLElement[],
): HTMLElement | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || buttons.length === 0) return undefined;
  const at = buttons.indexOf(event.target as HTMLElement); // -1: the group itself
  const last = buttons.length - 1;
  const down = at < 0 ? 0 : Math.min(at + 1, last);
  const up = at < 0 ? last : Math.max(at - 1, 0);
  const to: Record<string, number> = {
    ArrowDown: down,
    ArrowRight: down,
    ArrowUp: up,
    ArrowLeft: up,
    Home: 0,
    End: last,
  };
  const index = to[event.key];
  return index === undefined ? undefined : buttons[index];
}
