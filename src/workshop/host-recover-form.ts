import { h } from '../render/dom/h.ts';

/**
 * "Take back a running session": the join code and the recovery code shown when it opened. For a
 * facilitator whose browser lost the session (another laptop, a cleared cache, a crashed page).
 */
export function hostRecoverForm(
  onRecover: (code: string, recovery: string) => Promise<string | undefined>,
): HTMLElement {
  const message = h('p', { class: 'form-error', role: 'alert' });
  const code = h('input', {
    id: 'recover-code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    required: true,
  });
  const recovery = h('input', {
    id: 'recover-recovery',
    name: 'recovery',
    autocomplete: 'off',
    autocapitalize: 'characters',
    required: true,
  });
  const submit = h('button', { type: 'submit' }, 'Take back the session');
  const form = h(
    'form',
    { class: 'host-recover-form', 'aria-labelledby': 'recover-heading' },
    h('h2', { id: 'recover-heading' }, 'Take back a running session'),
    h(
      'p',
      {},
      'Lost the host page? Enter the session’s join code and the recovery code shown when it opened.',
    ),
    h('label', { for: 'recover-code' }, 'Join code'),
    code,
    h('label', { for: 'recover-recovery' }, 'Recovery code'),
    recovery,
    message,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    message.textContent = '';
    void onRecover(code.value, recovery.value).then((error) => {
      submit.disabled = false;
      if (error) message.textContent = error;
    });
  });
  return form;
}

/** The recovery code, shown once after opening, to write down or print before it is dismissed. */
export function recoveryNotice(code: string, dismiss: () => void): HTMLElement {
  return h(
    'section',
    { class: 'recovery-notice', 'aria-labelledby': 'recovery-heading' },
    h('h2', { id: 'recovery-heading' }, 'Recovery code'),
    h('p', { class: 'recovery-code' }, code),
    h(
      'p',
      {},
      'Write it down or print it now: it is shown only once. With it and the join code you can take this session back from any browser.',
    ),
    h('button', { type: 'button', onclick: () => window.print() }, 'Print the recovery code'),
    ' ',
    h('button', { type: 'button', onclick: dismiss }, 'I have noted it'),
  );
}
