import { h, uniqueId } from '../render/dom/h.ts';
import { createTabList } from './tab-list.ts';

export interface ViewTab {
  name: string;
  panel: HTMLElement;
}

/** Playtest, map and report share one place on screen: tabs bring each to the front. */
export function createViewTabs(views: readonly ViewTab[]): {
  element: HTMLElement;
  show(name: string): void;
} {
  const ids = new Map(views.map((v) => [v.name, uniqueId(`studio-view-${v.name.toLowerCase()}`)]));
  const idOf = (name: string) => ids.get(name) ?? name;
  const list = createTabList('Views', idOf, (name) => show(name));
  function show(name: string): void {
    list.set(
      views.map((v) => v.name),
      name,
    );
    for (const view of views) view.panel.hidden = view.name !== name;
  }
  for (const view of views) {
    view.panel.id = idOf(view.name);
    view.panel.setAttribute('role', 'tabpanel');
  }
  show(views[0]?.name ?? '');
  return {
    element: h('div', { class: 'studio-views' }, list.element, ...views.map((v) => v.panel)),
    show,
  };
}
