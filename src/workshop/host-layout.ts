import type { HostSnapshot } from '../protocol/snapshots.ts';
import { h } from '../render/dom/h.ts';
import { qrCodeSvg } from './qr-code.ts';

/** The parts of the host page that redraw on their own, placed by `hostLayout`. */
export interface HostParts {
  connection: HTMLElement;
  saving: HTMLElement;
  storage: HTMLElement;
  recovery: HTMLElement;
  summary: HTMLElement;
  controls: HTMLElement;
  message: HTMLElement;
  board: HTMLElement;
  walk: HTMLElement;
}

/**
 * The host page's frame: the title bar, how to join (address, code, QR code), the round panel and
 * the leaderboard, with the parts that change placed in it.
 */
export function hostLayout(
  snapshot: HostSnapshot,
  joinAddress: string,
  parts: HostParts,
  present: () => void,
): HTMLElement {
  const { code, story } = snapshot;
  const joinWithCode = `${joinAddress}?code=${code}`;
  return h(
    'section',
    { class: 'screen workshop-host', 'aria-labelledby': 'host-heading' },
    h(
      'header',
      { class: 'host-bar' },
      h('h1', { id: 'host-heading' }, `Workshop: ${story.title}`),
      h('button', { type: 'button', class: 'present-open', onclick: present }, 'Presenter view'),
      parts.connection,
      parts.saving,
      parts.storage,
    ),
    parts.recovery,
    h(
      'div',
      { class: 'host-top' },
      h(
        'section',
        { class: 'join-panel', 'aria-labelledby': 'join-heading' },
        h('h2', { id: 'join-heading' }, 'Join this workshop'),
        h(
          'p',
          {},
          'On a phone or laptop, open ',
          h('strong', { class: 'join-address' }, joinAddress),
        ),
        h('p', {}, 'and enter the code ', h('strong', { class: 'join-code' }, code)),
        qrCodeSvg(joinWithCode, `QR code that opens ${joinAddress} with the code ${code}`),
      ),
      h(
        'section',
        { class: 'round-panel', 'aria-labelledby': 'round-heading' },
        h('h2', { id: 'round-heading' }, 'The round'),
        h('p', { class: 'scenario-line' }, `${story.summary} Teams play: ${story.role}.`),
        parts.summary,
        parts.controls,
        parts.message,
      ),
    ),
    h(
      'section',
      { class: 'leaderboard-panel', 'aria-labelledby': 'board-heading' },
      h('h2', { id: 'board-heading' }, 'Leaderboard'),
      parts.board,
    ),
    parts.walk,
  );
}

/** What the host page says about saving: stopped for good, or paused while a server is away. */
export function savingNotices(snapshot: HostSnapshot): { storage: string; saving: string } {
  const paused = snapshot.storage !== undefined && snapshot.reconnecting === true;
  return {
    storage:
      snapshot.storage && !paused
        ? `The server has stopped saving: ${snapshot.storage} No more choices are accepted.`
        : '',
    saving: paused
      ? `Saving is paused: ${snapshot.storage} Teams' choices are refused until it is back, and every choice already accepted is kept. This clears by itself.`
      : '',
  };
}

/**
 * While the server reads the session's seed of a random story again (its cache let it go), the
 * best score and the qualities shown are the story's over every roll: said, and cleared by itself.
 */
export function luckNotice(snapshot: HostSnapshot): string {
  return snapshot.readingLuck
    ? "Reading this session's rolls of the story: the qualities listed are the story's own until then. This clears by itself."
    : '';
}
