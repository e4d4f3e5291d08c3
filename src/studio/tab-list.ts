import { h, uniqueId } from '../render/dom/h.ts';

export interface TabList {
  element: HTMLElement;
  /** Redraws the tabs; `selected` is the one shown. */
  set(names: readonly string[], selected: string): void;
  /** The id of the selected tab, to label its panel by. */
  selectedId(): string;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * A WAI-ARIA tab list: one Tab stop (the selected tab), arrow keys, Home and End move between
 * tabs and show each as focus reaches it. `panelId` is the element the tabs control.
 */
export function createTabList(
  label: string,
  panelId: (name: string) => string,
  onSelect: (name: string) => void,
): TabList {
  const element = h('div', { role: 'tablist', 'aria-label': label, class: 'studio-tabs' });
  let names: readonly string[] = [];
  let selectedId = '';
  const tabs = () => [...element.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  element.addEventListener('keydown', (event) => {
    const move = MOVES[event.key];
    const index = tabs().indexOf(document.activeElement as HTMLButtonElement);
    if (!move || index < 0) return;
    event.preventDefault();
    const name = names[move(index, names.length)];
    if (name === undefined) return;
    onSelect(name);
    tabs()
      .find((t) => t.dataset.name === name)
      ?.focus();
  });
  return {
    element,
    set(next, selected) {
      names = [...next];
      element.replaceChildren(
        ...names.map((name) => {
          const on = name === selected;
          const id = uniqueId('studio-tab');
          if (on) selectedId = id;
          return h(
            'button',
            {
              type: 'button',
              role: 'tab',
              id,
              'aria-selected': String(on),
              'aria-controls': panelId(name),
              tabindex: on ? '0' : '-1',
              'data-name': name,
              onclick: () => onSelect(name),
            },
            name,
          );
        }),
      );
    },
    selectedId: () => selectedId,
  };
}
