import { QUALITIES } from '../../core/qualities.ts';
import { h } from './h.ts';

export interface WelcomeOptions {
  /** The overall share at or above which a play counts as ALIVE (the build's setting). */
  aliveAt: number;
  /** The product's name, as branding.json gives it. */
  productName: string;
  /** The learner is done with it (skipped or read to the end): never shown again unless asked. */
  onDone(): void;
}

interface Step {
  title: string;
  body: () => HTMLElement[];
}

function steps(aliveAt: number): Step[] {
  return [
    {
      title: 'How to play',
      body: () => [
        h(
          'p',
          {},
          'You play a member of staff. A customer comes to you with a problem a policy alone will not solve.',
        ),
        h(
          'p',
          {},
          'Read what happens, then choose what you say or do: click, tap, or press a number key. Space, Enter or a tap moves the lines on; Show all shows them at once.',
        ),
        h('p', {}, 'Each scenario says how long it takes, and you can stop and carry on later.'),
      ],
    },
    {
      title: 'The ten qualities',
      body: () => [
        h('p', {}, 'Every choice moves some of the ten qualities of servant leadership:'),
        h(
          'dl',
          { class: 'welcome-qualities' },
          ...QUALITIES.flatMap((q) => [h('dt', {}, q.label), h('dd', {}, q.means)]),
        ),
      ],
    },
    {
      title: 'ALIVE or DEAD service',
      body: () => [
        h(
          'p',
          {},
          h('strong', {}, 'ALIVE'),
          ' service bends the process to the person. ',
          h('strong', {}, 'DEAD'),
          ' service applies the process to them, however politely.',
        ),
        h(
          'p',
          {},
          `At the end, the debrief says which yours was: ALIVE when your choices earned at least ${aliveAt}% of what the best play earns and the customer left no worse off than they came. It shows each choice beside the one that would have served better, and you can retry from any decision.`,
        ),
      ],
    },
  ];
}

/**
 * A first-run welcome in three short steps, at the top of the menu so it comes before the first
 * scenario without standing between the learner and the scenarios: Skip ends it at any step.
 */
export function welcomeCard(options: WelcomeOptions): HTMLElement {
  const all = steps(options.aliveAt);
  const heading = h('h2', { id: 'welcome-heading', tabindex: '-1' }, '');
  const count = h('p', { class: 'welcome-count' }, '');
  const body = h('div', { class: 'welcome-body' });
  const back = h('button', { type: 'button' }, 'Back');
  const next = h('button', { type: 'button', class: 'primary' }, 'Next');
  const skip = h('button', { type: 'button', class: 'link-button' }, 'Skip the introduction');
  const card = h(
    'section',
    { class: 'welcome-card', 'aria-labelledby': 'welcome-heading' },
    count,
    heading,
    body,
    h('div', { class: 'welcome-buttons' }, back, next, skip),
  );
  let at = 0;
  const show = (index: number, focus: boolean) => {
    at = index;
    const step = all[index];
    if (!step) return;
    heading.textContent = step.title;
    count.textContent = `Welcome to ${options.productName}: ${index + 1} of ${all.length}`;
    body.replaceChildren(...step.body());
    back.hidden = index === 0;
    const last = index === all.length - 1;
    next.textContent = last ? 'Choose a scenario' : 'Next';
    skip.hidden = last;
    if (focus) heading.focus();
  };
  const done = () => {
    card.remove();
    options.onDone();
  };
  back.addEventListener('click', () => show(at - 1, true));
  next.addEventListener('click', () => (at === all.length - 1 ? done() : show(at + 1, true)));
  skip.addEventListener('click', done);
  show(0, false);
  return card;
}
