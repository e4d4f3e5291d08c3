import type { Brand } from '../../core/brand.ts';
import { h } from './h.ts';

export interface TitleHandlers {
  onStart(): void;
  onSettings(): void;
  /** The trainers' way into the Story Studio, after Start so learners meet Start first. */
  onStudio?: () => void;
}

export function renderTitle(root: HTMLElement, handlers: TitleHandlers, brand: Brand): void {
  const { onStart, onSettings, onStudio } = handlers;
  const start = h('button', { class: 'primary', type: 'button', onclick: onStart }, 'Start');
  root.replaceChildren(
    h(
      'section',
      { class: 'screen title-screen', 'aria-labelledby': 'title-heading' },
      h(
        'h1',
        { id: 'title-heading' },
        // The name beside it says what the logo says: a screen reader hears it once.
        brand.logoUrl ? h('img', { class: 'brand-logo', src: brand.logoUrl, alt: '' }) : null,
        brand.productName,
      ),
      h('p', { class: 'tagline' }, 'Short encounters with customers who need more than a policy.'),
      h(
        'p',
        { class: 'lede' },
        'Choose how you serve. Every choice moves the ten qualities of servant leadership, and the debrief shows what served and what would have served better.',
      ),
      h(
        'div',
        { class: 'title-buttons' },
        start,
        h('button', { type: 'button', onclick: onSettings }, 'Settings'),
      ),
      onStudio
        ? h(
            'p',
            { class: 'title-trainers' },
            'Writing scenarios? ',
            h(
              'button',
              { class: 'link-button', type: 'button', onclick: onStudio },
              'Story Studio',
            ),
          )
        : null,
    ),
  );
  start.focus();
}
