import { h } from './h.ts';

export function renderTitle(root: HTMLElement, onStart: () => void): void {
  const start = h('button', { class: 'primary', type: 'button', onclick: onStart }, 'Start');
  root.replaceChildren(
    h(
      'section',
      { class: 'screen title-screen', 'aria-labelledby': 'title-heading' },
      h('h1', { id: 'title-heading' }, 'Serving Moments'),
      h('p', { class: 'tagline' }, 'Short encounters with customers who need more than a policy.'),
      h(
        'p',
        { class: 'lede' },
        'Choose how you serve. Every choice moves the ten qualities of servant leadership, and the debrief shows what served and what would have served better.',
      ),
      start,
    ),
  );
  start.focus();
}
