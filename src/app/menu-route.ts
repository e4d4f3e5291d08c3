import type { StoryCatalog } from '../catalog.ts';
import type { KeyValueStore } from '../adapters/storage.ts';
import { renderMenu } from '../render/dom/menu-screen.ts';
import { welcomeCard } from '../render/dom/welcome-card.ts';
import { markWelcomeSeen } from './first-run.ts';
import { debriefSettings } from './judgement-config.ts';
import { DEFAULT_ALIVE_AT } from '../core/verdict.ts';
import { h } from '../render/dom/h.ts';
import type { Playthroughs } from './playthroughs.ts';
import type { Route } from './routes.ts';
import { pageTitle, type Brand } from '../core/brand.ts';
import type { bestScores } from '../core/progress.ts';
import { isPlayable } from '../story-entry.ts';

export interface MenuRoute {
  root: HTMLElement;
  store: KeyValueStore;
  catalog: StoryCatalog;
  brand: Brand;
  playthroughs: Playthroughs;
  best: ReturnType<typeof bestScores>;
  go: (route: Route) => void;
  /** Draws the menu again, with or without the welcome. */
  again: (welcome: boolean) => void;
  /** Fetches the chunk that plays stories. */
  prefetchScreens: () => void;
  /** Fetches that chunk and the scene renderer. */
  preload: () => void;
}

/** The scenario menu: where each story stands for this learner, and the welcome when asked for. */
export function showMenu(menu: MenuRoute, notice: string, welcome: boolean): void {
  const { store, best } = menu;
  document.title = pageTitle(menu.brand, 'Choose a scenario');
  const entries = menu.catalog.entries();
  // Start here, until it is finished: then the next scenario in the recommended order not yet played.
  const first = menu.catalog.startHere?.();
  const next =
    first && best.has(first) ? entries.find((e) => isPlayable(e) && !best.has(e.id))?.id : first;
  renderMenu(
    menu.root,
    entries,
    (id) => {
      const { save } = menu.playthroughs.load(id);
      const finished = best.get(id);
      return {
        ...(id === next ? { startHere: true } : {}),
        ...(save && save.path.length > 0 && !save.finished ? { resumeAt: save.path.length } : {}),
        ...(finished ? { best: finished.best, attempts: finished.attempts } : {}),
      };
    },
    {
      onPlay: (id) => {
        // Choosing a scenario is getting past the welcome too.
        markWelcomeSeen(store);
        menu.go({ screen: 'play', storyId: id });
      },
      onBack: () => menu.go({ screen: 'title' }),
      onProgress: () => menu.go({ screen: 'progress' }),
      onWelcome: () => menu.again(true),
      // In a task of its own, after the pointer or focus event that asked for it: starting the
      // fetches costs the main thread a few milliseconds the pointer's own response should not wait for.
      onPrefetch: (id) => {
        setTimeout(() => {
          void menu.catalog.load(id);
          menu.prefetchScreens();
        }, 0);
      },
    },
    welcome
      ? welcomeCard({
          aliveAt: debriefSettings().aliveAt ?? DEFAULT_ALIVE_AT,
          productName: menu.brand.productName,
          onDone: () => {
            markWelcomeSeen(store);
            menu.again(false);
          },
        })
      : undefined,
  );
  if (notice) menu.root.prepend(h('p', { class: 'notice visible', role: 'status' }, notice));
  // The cards are in the page with their handlers bound: `npm run bench` reads this mark as
  // "menu ready" (the first one on the page's clock), against the floor page's 'floor-ready'.
  performance.mark('menu-ready');
  // Preload the scene renderer once the menu is idle, so it never competes with the menu itself.
  // Preloading means parsing a large chunk, so it waits until the menu has been usable a moment.
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  setTimeout(() => idle(menu.preload, { timeout: 1000 }), 700);
}
