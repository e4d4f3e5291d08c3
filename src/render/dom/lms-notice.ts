import { h, uniqueId } from './h.ts';
import { ANNOUNCE_AFTER_MS } from './storage-notice.ts';

export interface NoticeWords {
  heading: string;
  text: string;
  tone: 'info' | 'problem';
  choices?: { label: string; choose: () => void }[];
}

/**
 * What the LMS or LRS is doing with the learner's progress, above every screen: reviewing, tracking
 * off or failing, another tab recording. One notice at a time, the latest; a problem is announced
 * politely, after the line being read. The live region is in the page only while there is a notice
 * (an empty status region would be one more "status" to every reader and test), and goes in empty
 * and fills a moment later, since screen readers announce a change, not a region that arrives full.
 * Dismissing (its button, or Escape inside it) puts focus back into the screen (`afterDismiss`);
 * a question has answer buttons instead, and closes when one is chosen: until then a later
 * notice waits behind it (the latest one), or the learner would never be asked.
 */
export function lmsNotice(
  before: HTMLElement,
  afterDismiss: () => void,
): (kind: string, words: NoticeWords) => void {
  let region: HTMLElement | undefined;
  let shown: string | undefined;
  let asking = false;
  let waiting: [string, NoticeWords] | undefined;
  const show = (kind: string, text: NoticeWords) => {
    if (shown === kind) return;
    asking = text.choices !== undefined;
    shown = kind;
    const fresh = region === undefined;
    const live = (region ??= h('div', { class: 'storage-notice lms-notice', role: 'status' }));
    if (fresh) before.before(live);
    const fill = () => {
      // A later notice that arrived in the meantime wins.
      if (shown !== kind || region !== live) return;
      const title = uniqueId('lms-notice');
      live.setAttribute('aria-labelledby', title);
      live.classList.add('visible');
      live.dataset.tone = text.tone;
      live.replaceChildren(
        h('h2', { id: title }, text.heading),
        h('p', {}, text.text),
        ...(text.choices
          ? text.choices.map(({ label, choose }) =>
              h('button', { type: 'button', onclick: () => (choose(), dismiss()) }, label),
            )
          : [h('button', { type: 'button', onclick: dismiss }, 'Dismiss')]),
      );
    };
    const dismiss = () => {
      live.remove();
      region = undefined;
      shown = undefined;
      asking = false;
      afterDismiss();
      const next = waiting;
      waiting = undefined;
      if (next) show(...next);
    };
    // Escape closes it too, from its button, as a keyboard user expects of a dismissable message.
    // A question is not dismissed: it waits for an answer.
    live.onkeydown = (e) => {
      if (e.key === 'Escape' && !text.choices) dismiss();
    };
    if (fresh) setTimeout(fill, ANNOUNCE_AFTER_MS);
    else fill();
  };
  return (kind, text) => {
    if (asking && !text.choices) waiting = [kind, text];
    else show(kind, text);
  };
}
