import { h } from '../render/dom/h.ts';
import type { HostAction, Phase } from '../protocol/phases.ts';

export interface ControlHandlers {
  act(action: HostAction): void;
  exportCsv(): void;
  newSession(): void;
}

type Control = [label: string, run: () => void, primary?: boolean];

/** The facilitator's next steps: only the buttons that make sense in this phase. */
export function phaseControls(
  phase: Phase,
  joining: boolean,
  confirmingEnd: boolean,
  on: ControlHandlers,
  askEnd: (ask: boolean) => void,
): HTMLElement {
  if (confirmingEnd) {
    return h(
      'div',
      { class: 'controls confirm-end', role: 'group', 'aria-labelledby': 'confirm-end-text' },
      h(
        'p',
        { id: 'confirm-end-text' },
        'End the session for every team? Nobody can play on, and it cannot be reopened. The results stay available to export.',
      ),
      h(
        'button',
        { type: 'button', class: 'danger', onclick: () => on.act('end') },
        'Yes, end the session',
      ),
      h('button', { type: 'button', onclick: () => askEnd(false) }, 'Keep it open'),
    );
  }
  const controls: Control[] = [];
  if (phase === 'lobby') controls.push(['Start the round', () => on.act('start'), true]);
  if (phase === 'playing') controls.push(['Lock the round', () => on.act('lock')]);
  if (phase === 'locked') controls.push(['Unlock the round', () => on.act('unlock')]);
  if (phase === 'playing' || phase === 'locked')
    controls.push(['Reveal the results', () => on.act('reveal'), true]);
  // Closing joining keeps the round going; Lock stops choices and closes joining with them.
  if (phase === 'lobby' || phase === 'playing') {
    controls.push(
      joining
        ? ['Close joining', () => on.act('close-joining')]
        : ['Reopen joining', () => on.act('open-joining')],
    );
  }
  controls.push(['Export results (CSV)', () => on.exportCsv()]);
  if (phase !== 'ended') controls.push(['End the session', () => askEnd(true)]);
  else controls.push(['Open a new session', () => on.newSession(), true]);
  return h(
    'div',
    { class: 'controls' },
    ...controls.map(([label, run, primary]) =>
      h('button', { type: 'button', class: primary ? 'primary' : '', onclick: run }, label),
    ),
  );
}
