import { h, uniqueId } from './h.ts';

/**
 * Whose work a refused write puts at risk: the learner's progress in the game, the trainer's draft
 * in the Studio, or results waiting on this device for a learning record store. Each is told once.
 */
export type StorageSubject = 'progress' | 'draft' | 'records';

/** Every key the Studio keeps starts so (autosave.ts, studio-draft.ts). */
const STUDIO_KEYS = 'serving-moments:studio:';

/** The subject of a key in the page's store: the Studio's keys are drafts, the rest progress. */
export const storageSubject = (key: string): StorageSubject =>
  key.startsWith(STUDIO_KEYS) ? 'draft' : 'progress';

const FREE_SPACE = 'free some space in your browser (clear data of sites you no longer use)';
const ALLOW = 'allow site data for this site or leave private browsing';

/** What the user is told when this device would not keep their work, by the browser's reason. */
export function storageNoticeText(
  reason: string,
  subject: StorageSubject = 'progress',
): { heading: string; why: string; todo: string } {
  const full = reason === 'QuotaExceededError';
  const why = full
    ? "This browser's storage for this site is full."
    : 'This browser does not let this site save anything here (private browsing, or site data turned off).';
  switch (subject) {
    case 'progress':
      return {
        heading: 'Your progress on this device could not be saved',
        why,
        todo: full
          ? `You can keep playing: this page remembers your choices until you close it. To keep progress for next time, ${FREE_SPACE}: your next choice is then saved.`
          : `You can keep playing: this page remembers your choices until you close it. To keep progress for next time, ${ALLOW}, then reload.`,
      };
    case 'draft':
      return {
        heading: 'Your story draft on this device could not be saved',
        why,
        todo: full
          ? `You can keep writing: this page keeps your text until you close it. Use "Download .ink" or "Export .zip" to keep it in a file, or ${FREE_SPACE}: your next change is then saved.`
          : `You can keep writing: this page keeps your text until you close it. Use "Download .ink" or "Export .zip" to keep it in a file before you close it; to have drafts kept here, ${ALLOW}.`,
      };
    case 'records':
      return {
        heading: 'Your results could not be kept on this device',
        why,
        todo: full
          ? `You can keep playing: your results go to your learning system while this page is open, but any it has not received yet are lost when you close it. To keep them safe, ${FREE_SPACE}: your next result is then kept.`
          : `You can keep playing: your results go to your learning system while this page is open, but any it has not received yet are lost when you close it. To keep them safe, ${ALLOW}, then open the course again from your learning system.`,
      };
  }
}

/** How long the empty live region waits in the page before it fills, so that it is announced. */
export const ANNOUNCE_AFTER_MS = 100;

/**
 * A notice above the app, shown once per page and subject the first time a write is refused: every
 * later write would be refused for the same reason, so saying it again at each choice or keystroke
 * would only nag. Its polite live region goes into the page empty and fills a moment later, since
 * screen readers announce a change to a live region, not one that arrives already full; it is there
 * only while there is something to say. Once dismissed, `afterDismiss` puts focus back into the
 * screen, so it is not lost on the page's body.
 */
export function storageNotice(
  before: HTMLElement,
  afterDismiss: () => void,
): (reason: string, subject?: StorageSubject) => void {
  const shown = new Set<StorageSubject>();
  return (reason, subject = 'progress') => {
    if (shown.has(subject)) return;
    shown.add(subject);
    const text = storageNoticeText(reason, subject);
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
