import type { CompiledStory } from './core/compiled-story.ts';
import { inMenuOrder, parseMenuOrder, startHere } from './core/menu-order.ts';
import { isPlayable, type StoryEntry } from './story-entry.ts';

/** The scenarios on offer: summaries at once for the menu, a whole story only when it is played. */
export interface StoryCatalog {
  /** In the menu's recommended order (stories/menu-order.txt), "start here" first. */
  entries(): StoryEntry[];
  /** The scenario a new learner is pointed to: the first in the recommended order. */
  startHere?(): string | undefined;
  load(id: string): Promise<CompiledStory | undefined>;
}

const idOf = (key: string) => key.replace(/^.*\//, '').replace(/\.ink$/, '');

// A story left out of an LMS package (`build:scorm --stories`) is built as null: it is skipped.
export function catalogFrom(
  summaries: Record<string, StoryEntry | null>,
  loaders: Record<string, () => Promise<StoryEntry | null>>,
  /** The text of stories/menu-order.txt; without it, the menu is in title order. */
  order = '',
): StoryCatalog {
  const byId = new Map(Object.entries(loaders).map(([key, load]) => [idOf(key), load]));
  // Unknown names are the checker's to report (npm run stories:check); the menu skips them.
  const { ids } = parseMenuOrder(order);
  const list = inMenuOrder(
    Object.values(summaries).filter((e): e is StoryEntry => e !== null),
    ids,
    (e) => e.id,
    (e) => ('meta' in e ? e.meta.title : e.id),
  );
  const first = startHere(
    list.filter(isPlayable).map((e) => e.id),
    ids,
  );
  return {
    entries: () => list,
    startHere: () => first,
    async load(id) {
      const entry = await byId.get(id)?.();
      return entry && isPlayable(entry) && 'json' in entry ? entry : undefined;
    },
  };
}

/** Every top-level .ink file in stories/ is a scenario: no registration. Subfolders hold INCLUDEs. */
export function bundledCatalog(): StoryCatalog {
  const summaries = import.meta.glob<StoryEntry | null>('/stories/*.ink', {
    query: '?meta',
    import: 'default',
    eager: true,
  });
  const loaders = import.meta.glob<StoryEntry | null>('/stories/*.ink', { import: 'default' });
  const order = import.meta.glob<string>('/stories/menu-order.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  return catalogFrom(summaries, loaders, Object.values(order)[0]);
}
