import { h, uniqueId } from '../render/dom/h.ts';

/**
 * Asks before something is lost, in a modal dialog (focus stays inside, Escape answers no).
 * Resolves true only when the trainer picks `yes`.
 */
export function confirmDialog(
  question: string,
  detail: string,
  yes: string,
  no: string,
): Promise<boolean> {
  const titleId = uniqueId('confirm-title');
  const detailId = uniqueId('confirm-detail');
  const back = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const answer = (value: boolean) => {
      dialog.close();
      dialog.remove();
      back?.focus();
      resolve(value);
    };
    const keep = h(
      'button',
      { type: 'button', class: 'primary', onclick: () => answer(false) },
      no,
    );
    const dialog = h(
      'dialog',
      { class: 'studio-dialog', 'aria-labelledby': titleId, 'aria-describedby': detailId },
      h('h2', { id: titleId }, question),
      h('p', { id: detailId }, detail),
      h(
        'div',
        { class: 'studio-dialog-buttons' },
        keep,
        h('button', { type: 'button', onclick: () => answer(true) }, yes),
      ),
    );
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      answer(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    keep.focus();
  });
}
