import type { StorySummary } from '../../core/compiled-story.ts';
import { isPlayable, type StoryEntry } from '../../story-entry.ts';
import { h, uniqueId } from './h.ts';

export interface MenuItemState {
  /** Decisions already taken in a playthrough that can be resumed. */
  resumeAt?: number;
  /** Best overall score and number of finished attempts on this device. */
  best?: number;
  attempts?: number;
  /** The recommended first scenario (stories/menu-order.txt). */
  startHere?: boolean;
}

export interface MenuHandlers {
  onPlay(id: string): void;
  onBack(): void;
  onProgress(): void;
  /** Shows the welcome again, for a learner who skipped it or wants a reminder. */
  onWelcome?(): void;
  /** The learner is pointing at or focused on a scenario: fetch it before the click. */
  onPrefetch?(id: string): void;
}

function storyCard(entry: StorySummary, state: MenuItemState, handlers: MenuHandlers): HTMLElement {
  const prefetch = () => handlers.onPrefetch?.(entry.id);
  const titleId = uniqueId('story-title');
  const detailsId = uniqueId('story-details');
  const { meta } = entry;
  return h(
    'li',
    {},
    h(
      'button',
      {
        type: 'button',
        class: 'story-card',
        'data-story-id': entry.id,
        'aria-labelledby': titleId,
        'aria-describedby': detailsId,
        onclick: () => handlers.onPlay(entry.id),
        onpointerenter: prefetch,
      },
      h('span', { class: 'story-title', id: titleId }, meta.title),
      h(
        'span',
        { class: 'story-details', id: detailsId },
        state.startHere ? h('span', { class: 'story-start-here' }, 'Start here') : null,
        h('span', { class: 'story-role' }, `You are: ${meta.role}`),
        h('span', { class: 'story-summary' }, meta.summary),
        h('span', { class: 'story-minutes' }, `About ${meta.minutes} minutes`),
        state.best !== undefined
          ? h(
              'span',
              { class: 'story-completed' },
              `Completed ${state.attempts === 1 ? 'once' : `${state.attempts} times`}, best ${state.best}%`,
            )
          : null,
        state.resumeAt !== undefined
          ? h(
              'span',
              { class: 'story-progress' },
              `In progress: continue at decision ${state.resumeAt + 1}`,
            )
          : null,
      ),
    ),
  );
}

function brokenCard(entry: { id: string; errors: string[] }): HTMLElement {
  return h(
    'li',
    { class: 'story-broken' },
    h('p', { class: 'story-title' }, `${entry.id}.ink cannot be played yet`),
    h('pre', {}, entry.errors.join('\n')),
  );
}

export function renderMenu(
  root: HTMLElement,
  entries: readonly StoryEntry[],
  stateOf: (id: string) => MenuItemState,
  handlers: MenuHandlers,
  /** The first-run welcome, shown above the scenarios until the learner is done with it. */
  welcome?: HTMLElement,
): void {
  const { onBack, onProgress, onWelcome } = handlers;
  const list = h(
    'ul',
    { class: 'story-list', 'aria-label': 'Scenarios' },
    ...entries.map((e) => (isPlayable(e) ? storyCard(e, stateOf(e.id), handlers) : brokenCard(e))),
  );
  root.replaceChildren(
    h(
      'section',
      { class: 'screen menu-screen', 'aria-labelledby': 'menu-heading' },
      h('h1', { id: 'menu-heading' }, 'Choose a scenario'),
      // Above the list, so Progress is on screen without scrolling past every scenario.
      h(
        'div',
        { class: 'menu-buttons' },
        h('button', { type: 'button', onclick: onProgress }, 'Progress'),
        onWelcome && !welcome
          ? h('button', { type: 'button', onclick: onWelcome }, 'How it works')
          : null,
        h('button', { type: 'button', class: 'link-button', onclick: onBack }, 'Back to title'),
      ),
      welcome,
      entries.length === 0
        ? h('p', {}, 'No scenarios yet: add an .ink story to the stories folder.')
        : list,
    ),
  );
  if (welcome) welcome.querySelector<HTMLElement>('h2')?.focus();
  else root.querySelector<HTMLButtonElement>('.story-card')?.focus();
  // Listen for focus only after the menu's own initial focus: a keyboard user moving to a card
  // prefetches it, but opening the menu does not fetch a story nobody chose.
  for (const card of root.querySelectorAll<HTMLButtonElement>('.story-card')) {
    const id = card.dataset.storyId;
    if (id) card.addEventListener('focus', () => handlers.onPrefetch?.(id));
  }
}
