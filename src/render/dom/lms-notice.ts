import { h, uniqueId } from './h.ts';

export interface NoticeWords {
  heading: string;
  text: string;
  tone: 'info' | 'problem';
}

/**
 * What the LMS or LRS is doing with the learner's progress, above every screen: reviewing, tracking
 * off or failing, another tab recording. One notice at a time, the latest; a problem is announced
 * politely, after the line being read. Dismissing puts focus back into the screen (`afterDismiss`).
 */
export function lmsNotice(
  before: HTMLElement,
  afterDismiss: () => void,
): (kind: string, words: NoticeWords) => void {
  const region = h('div', { class: 'storage-notice lms-notice', role: 'status' });
  before.before(region);
  let shown: string | undefined;
  return (kind, text) => {
    if (shown === kind) return;
    shown = kind;
    const title = uniqueId('lms-notice');
    region.setAttribute('aria-labelledby', title);
    region.classList.add('visible');
    region.dataset.tone = text.tone;
    region.replaceChildren(
      h('h2', { id: title }, text.heading),
      h('p', {}, text.text),
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            region.replaceChildren();
            region.removeAttribute('aria-labelledby');
            region.classList.remove('visible');
            shown = undefined;
            afterDismiss();
          },
        },
        'Dismiss',
      ),
    );
  };
}
