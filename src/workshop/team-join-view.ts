import { h } from '../render/dom/h.ts';
import { isJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from '../protocol/join-code.ts';
import { LIMITS } from '../protocol/limits.ts';

/** The join form: the code from the host screen and a team name. Returns an error to show, if any. */
export function renderJoinForm(
  root: HTMLElement,
  prefill: string,
  onJoin: (code: string, name: string) => Promise<string | undefined>,
  notice = '',
): void {
  const code = h('input', {
    id: 'join-code',
    name: 'code',
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    required: true,
    'aria-describedby': 'join-code-hint',
    value: prefill,
  });
  const name = h('input', {
    id: 'team-name',
    name: 'team',
    type: 'text',
    autocomplete: 'off',
    required: true,
    maxlength: String(LIMITS.teamNameChars),
    'aria-describedby': 'team-name-hint',
  });
  const error = h('p', { class: 'form-error', role: 'alert' }, notice);
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Join');
  const form = h(
    'form',
    { class: 'join-form', novalidate: true },
    h('label', { for: 'join-code' }, 'Join code'),
    h(
      'p',
      { id: 'join-code-hint', class: 'hint' },
      `${JOIN_CODE_LENGTH} characters, shown on the facilitator's screen`,
    ),
    code,
    h('label', { for: 'team-name' }, 'Team name'),
    h(
      'p',
      { id: 'team-name-hint', class: 'hint' },
      `Up to ${LIMITS.teamNameChars} characters; everyone will see it on the leaderboard`,
    ),
    name,
    error,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = normalizeJoinCode(code.value);
    if (!isJoinCode(typed)) {
      error.textContent = `The join code has ${JOIN_CODE_LENGTH} letters and digits, as on the facilitator's screen.`;
      code.focus();
      return;
    }
    if (name.value.trim() === '') {
      error.textContent = 'Give your team a name.';
      name.focus();
      return;
    }
    submit.disabled = true;
    error.textContent = '';
    void onJoin(typed, name.value).then((problem) => {
      submit.disabled = false;
      if (problem) error.textContent = problem;
    });
  });
  root.replaceChildren(
    h(
      'section',
      { class: 'screen workshop-join', 'aria-labelledby': 'join-heading' },
      h('h1', { id: 'join-heading' }, 'Join a workshop'),
      form,
    ),
  );
  (prefill ? name : code).focus();
}

export function renderLobby(
  root: HTMLElement,
  team: string,
  title: string,
  role: string,
  summary: string,
): void {
  const heading = h('h1', { id: 'lobby-heading', tabindex: '-1' }, `Team ${team}`);
  root.replaceChildren(
    h(
      'section',
      { class: 'screen workshop-lobby', 'aria-labelledby': 'lobby-heading' },
      heading,
      h(
        'p',
        { class: 'lobby-status', role: 'status' },
        'You are in. Waiting for the facilitator to start the round…',
      ),
      h('h2', {}, title),
      h('p', {}, summary),
      h(
        'p',
        {},
        `You play: ${role}. Talk each choice through as a team; only your own debrief shows until the facilitator reveals the results.`,
      ),
    ),
  );
  heading.focus();
}
