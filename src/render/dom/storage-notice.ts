import { h, uniqueId } from './h.ts';

/** What the learner is told when this device would not keep their progress, by the browser's reason. */
export function storageNoticeText(reason: string): { heading: string; why: string; todo: string } {
  const full = reason === 'QuotaExceededError';
  return {
    heading: 'Your progress on this device could not be saved',
    why: full
      ? "This browser's storage for this site is full."
      : 'This browser does not let this site save anything here (private browsing, or site data turned off).',
    todo: full
      ? 'You can keep playing: this page remembers your choices until you close it. To keep progress for next time, free some space in your browser (clear data of sites you no longer use) and reload.'
      : 'You can keep playing: this page remembers your choices until you close it. To keep progress for next time, allow site data for this site or leave private browsing, then reload.',
  };
}

/** How long the empty live region waits in the page before it fills, so that it is announced. */
export const ANNOUNCE_AFTER_MS = 100;

/**
 * A notice above the app, shown once per page the first time a save is refused: every later save
 * would be refused for the same reason, so saying it again at each choice would only nag. Its
 * polite live region goes into the page empty and fills a moment later, since screen readers
 * announce a change to a live region, not one that arrives already full; it is there only while
 * there is something to say. Once dismissed, `afterDismiss` puts focus back into the screen, so it
 * is not lost on the page's body.
 */
export function storageNotice(
  before: HTMLElement,
  afterDismiss: () => void,
): (reason: string) => void {
  let shown = false;
  return (reason) => {
    if (shown) return;
    shown = true;
    const text = storageNoticeText(reason);
    const title = uniqueId('storage-notice');
    const region = h('div', { class: 'storage-notice', role: 'status', 'aria-labelledby': title });
    before.before(region);
    setTimeout(() => {
      region.append(
        h('h2', { id: title }, text.heading),
        h('p', {}, `${text.why} ${text.todo}`),
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              region.remove();
              afterDismiss();
            },
          },
          'Dismiss',
        ),
      );
    }, ANNOUNCE_AFTER_MS);
  };
}
