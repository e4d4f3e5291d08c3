import { h, uniqueId } from './h.ts';

export interface ConfirmText {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
}

/**
 * Asks before something that cannot be undone, in a modal dialog. Resolves true only for the
 * confirm button; Escape and the cancel button (which has focus first) keep things as they were
 * and return focus to where it was.
 */
export function confirmDialog(text: ConfirmText): Promise<boolean> {
  return new Promise((resolve) => {
    const returnTo = document.activeElement as HTMLElement | null;
    const headingId = uniqueId('confirm');
    const bodyId = uniqueId('confirm');
    let confirmed = false;
    const cancel = h('button', { type: 'button' }, text.cancel);
    const confirm = h('button', { type: 'button', class: 'primary' }, text.confirm);
    const dialog = h(
      'dialog',
      {
        class: 'settings-dialog confirm-dialog',
        'aria-labelledby': headingId,
        'aria-describedby': bodyId,
      },
      h('h2', { id: headingId }, text.title),
      h('p', { id: bodyId }, text.body),
      h('div', { class: 'confirm-buttons' }, cancel, confirm),
    );
    cancel.addEventListener('click', () => dialog.close());
    confirm.addEventListener('click', () => {
      confirmed = true;
      dialog.close();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (!confirmed) returnTo?.focus();
      resolve(confirmed);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
