import { h } from './h.ts';

/**
 * The debrief's place while a random story's play is read against the rolls it met: a heading
 * (focused, as the debrief's is) and a status a screen reader announces. Returns the section, so
 * the caller can tell whether the learner is still looking at it.
 */
export function renderReading(root: HTMLElement, storyTitle: string): HTMLElement {
  const heading = h('h1', { id: 'debrief-heading', tabindex: '-1' }, `Debrief: ${storyTitle}`);
  const section = h(
    'section',
    { class: 'screen debrief', 'aria-labelledby': 'debrief-heading', 'aria-busy': 'true' },
    heading,
    h('p', { class: 'debrief-reading', role: 'status' }, 'Reading your play…'),
  );
  root.replaceChildren(section);
  heading.focus();
  return section;
}
