import { h } from '../render/dom/h.ts';
import type { StoryChoice } from '../protocol/snapshots.ts';
import { hostRecoverForm } from './host-recover-form.ts';
import { decisionsText } from './progress-text.ts';

/** "Host a workshop": pick the scenario every team will play, then open the session. */
export function renderHostSetup(
  root: HTMLElement,
  stories: readonly StoryChoice[],
  onOpen: (storyId: string) => Promise<string | undefined>,
  onRecover: (code: string, recovery: string) => Promise<string | undefined>,
  notice = '',
): void {
  const message = h('p', { class: 'form-error', role: 'alert' }, notice);
  const options = stories.map((story, i) =>
    h(
      'label',
      { class: 'scenario-option' },
      h('input', { type: 'radio', name: 'scenario', value: story.id, checked: i === 0 }),
      h(
        'span',
        {},
        h('strong', {}, story.title),
        h('span', { class: 'scenario-summary' }, story.summary),
        h(
          'span',
          { class: 'scenario-details' },
          `You play: ${story.role} · about ${story.minutes} minutes · ${decisionsText(story.decisions)}`,
        ),
      ),
    ),
  );
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Open the session');
  const form = h(
    'form',
    { class: 'host-setup-form' },
    h(
      'fieldset',
      { class: 'scenario-list' },
      h('legend', {}, 'Scenario every team plays'),
      ...options,
    ),
    message,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new FormData(form).get('scenario');
    if (typeof chosen !== 'string') {
      message.textContent = 'Pick a scenario first.';
      return;
    }
    submit.disabled = true;
    message.textContent = '';
    void onOpen(chosen).then((error) => {
      submit.disabled = false;
      if (error) message.textContent = error;
    });
  });
  root.replaceChildren(
    h(
      'section',
      { class: 'screen workshop-setup', 'aria-labelledby': 'setup-heading' },
      h('h1', { id: 'setup-heading' }, 'Host a workshop'),
      h(
        'p',
        { class: 'lede' },
        'Teams join from their own phones or laptops with a short code, play the same scenario at their own pace, and are ranked on how well they served. After the reveal you walk through every decision together.',
      ),
      stories.length > 0
        ? form
        : h(
            'p',
            { role: 'alert' },
            'No scenario is available: check the stories/ folder and the server log.',
          ),
      hostRecoverForm(onRecover),
    ),
  );
}
