import type { KeyValueStore } from '../adapters/storage.ts';
import { pageTitle, type Brand } from '../core/brand.ts';
import { h } from '../render/dom/h.ts';

export interface StudioRoute {
  root: HTMLElement;
  store: KeyValueStore;
  brand: Brand;
  onBack: () => void;
  /** False once the trainer has moved to another screen while the Studio loaded. */
  stillHere: () => boolean;
}

/**
 * Opens the Story Studio, its own chunk with the ink compiler, so only a trainer who opens it
 * downloads it. Returns the cleanup that stops its compile worker, if it opened.
 */
export async function openStudio(route: StudioRoute): Promise<(() => void) | undefined> {
  // Replaced at build time: an LMS package's build drops the Studio and the compiler entirely.
  if (import.meta.env.VITE_LMS_PACKAGE === '1') return undefined;
  const { root } = route;
  document.title = pageTitle(route.brand, 'Story Studio');
  root.replaceChildren(h('p', { role: 'status' }, 'Opening the Story Studio…'));
  try {
    const { mountStudio } = await import('../studio/studio.ts');
    if (!route.stillHere()) return undefined;
    return mountStudio(root, { store: route.store, onBack: route.onBack });
  } catch {
    if (!route.stillHere()) return undefined;
    root.replaceChildren(
      h(
        'p',
        { role: 'alert' },
        'The Story Studio could not load. Check the connection and reload.',
      ),
    );
    return undefined;
  }
}
